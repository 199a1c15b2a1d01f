package org.ofstedkg.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ofstedkg.loader.classify.RuleClassifier;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.loader.classify.StatementClassifier;
import org.ofstedkg.loader.extract.Extraction;
import org.ofstedkg.loader.extract.NotAReportException;
import org.ofstedkg.loader.rdf.DocumentGraph;
import org.ofstedkg.loader.read.ReaderChoice;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.statements.ClassifiedStatements;
import org.ofstedkg.loader.statements.StatementExtraction;
import org.ofstedkg.loader.store.InspectionIdentity;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.loader.structure.DocumentStructure;
import org.ofstedkg.loader.structure.Sections;
import org.ofstedkg.loader.structure.StructureReader;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.ontology.Iris;

/**
 * The load pipeline for one document: read the file, normalise its text, extract its facts, decide which inspection
 * it describes, and write its graph, replacing any earlier graph of the same file, in one write transaction. A
 * document that cannot be read or is not a report is rejected with a one-line reason; nothing already in the
 * database is touched by a rejection.
 */
public final class Loader {

    /** The loader's version, recorded in every graph it writes. */
    public static final String VERSION = versionOf(Loader.class);

    private final KnowledgeGraphStore store;
    private final ReaderChoice readers;
    private final Extraction extraction;
    private final StatementClassifier classifier;
    private final DocumentGraph documentGraph = new DocumentGraph(VERSION);

    /**
     * A loader writing into {@code store}.
     *
     * @param classifier says of every finding, improvement item and listed strength its polarity and themes
     */
    public Loader(KnowledgeGraphStore store, ReaderChoice readers, Extraction extraction, StatementClassifier classifier) {
        this.store = store;
        this.readers = readers;
        this.extraction = extraction;
        this.classifier = classifier;
        Dataset dataset = store.dataset();
        if (!Txn.calculateRead(dataset, () -> dataset.containsNamedModel(Iris.VOCABULARY_GRAPH))) {
            store.installReferenceGraphs();
        }
    }

    /**
     * A loader with every reader and extractor the project has, resolving authorities through the database's
     * gazetteer (the bundled one and any local additions).
     */
    public static Loader standard(KnowledgeGraphStore store) {
        return standard(store, RuleClassifier.standard());
    }

    /** A standard loader whose statements {@code classifier} classifies. */
    public static Loader standard(KnowledgeGraphStore store, StatementClassifier classifier) {
        return new Loader(store, ReaderChoice.standard(),
                Extraction.standard(org.ofstedkg.loader.gazetteer.Gazetteer.of(store.authorities())), classifier);
    }

    /**
     * The files to load under the given paths, found in one walk: files given by name are taken as they are (an
     * unreadable one is then rejected with its reason); in folders, searched recursively, the files that a reader
     * takes by name, in name order. Other files in folders (a manifest, a spreadsheet) are passed over, and listed
     * so that a summary can say so.
     *
     * @param files the files to load
     * @param passedOver the files in folders that no reader takes
     */
    public record FileSelection(List<Path> files, List<Path> passedOver) {

        /** Selects the files under {@code paths} that the standard readers take. */
        public static FileSelection of(List<Path> paths) throws IOException {
            ReaderChoice readers = ReaderChoice.standard();
            List<Path> files = new ArrayList<>();
            List<Path> passedOver = new ArrayList<>();
            for (Path path : paths) {
                if (!Files.isDirectory(path)) {
                    files.add(path);
                    continue;
                }
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        (readers.takesByName(file) ? files : passedOver).add(file);
                    }
                }
            }
            return new FileSelection(List.copyOf(files), List.copyOf(passedOver));
        }
    }

    /** The files to load under the given paths ({@link FileSelection#files}). */
    public static List<Path> files(List<Path> paths) throws IOException {
        return FileSelection.of(paths).files();
    }

    /** Loads one file. */
    public DocumentOutcome load(Path path) {
        return write(prepare(path));
    }

    /**
     * Loads files, reading and extracting them on {@code threads} threads while one thread writes them to the
     * database in the order given, so that the outcome never depends on timing: identity is decided in the write
     * transactions, one document after another. At most {@code 2 * threads} prepared documents wait in memory.
     * Documents ready together are written in one transaction, up to {@value #BATCH_DOCUMENTS} of them: a commit
     * costs a disk sync, and a document later in the transaction sees the earlier ones as if they were committed.
     * Each document is still wholly in or out: should a write fail, its batch is written again one document per
     * transaction, so that the failure concerns that document alone. The derived facts ({@link DerivedFacts}) are
     * recomputed at the end, so that they always follow the documents.
     *
     * @param each receives each file's outcome, in the order of {@code paths}, once it is committed
     */
    public void loadAll(List<Path> paths, int threads, java.util.function.Consumer<DocumentOutcome> each) {
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ofsted-kg-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<Prepared>> window = new java.util.ArrayDeque<>();
            List<Prepared> batch = new ArrayList<>();
            int next = 0;
            while (next < paths.size() || !window.isEmpty()) {
                while (next < paths.size() && window.size() < 2 * threads) {
                    Path path = paths.get(next++);
                    window.add(workers.submit(() -> prepare(path)));
                }
                batch.add(window.poll().get());
                boolean nextReady = !window.isEmpty() && window.peek().isDone();
                if (batch.size() >= BATCH_DOCUMENTS || !nextReady) {
                    writeBatch(batch).forEach(each);
                    batch.clear();
                }
            }
            DerivedFacts.recompute(store.dataset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("loading was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a reader failed unexpectedly", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** A file read and extracted, ready to write; or the reason it was rejected. */
    private record Prepared(Path path, SourceFile file, ReportText text, ReportDocument document,
            ClassifiedStatements statements, String rejection) {}

    /** Reads, extracts and classifies one file: everything but the write, safe to run on several threads. */
    private Prepared prepare(Path path) {
        SourceFile file;
        try {
            file = SourceFile.read(path);
        } catch (IOException e) {
            return new Prepared(path, null, null, null, null, path.getFileName() + " cannot be read: " + e.getMessage());
        }
        try {
            ReportText text = readers.read(file);
            ReportDocument document = extraction.extract(file, text);
            DocumentStructure structure = StructureReader.read(text);
            document = document.withSections(Sections.of(structure, framework(document.inspection().kindId())));
            ClassifiedStatements statements = ClassifiedStatements.classify(
                    StatementExtraction.read(text, structure, document.kind(), document.sections()), classifier);
            return new Prepared(path, file, text, document, statements, null);
        } catch (UnreadableDocumentException | NotAReportException e) {
            return new Prepared(path, file, null, null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Prepared(path, file, null, null, null, file.fileName() + " could not be read: " + e);
        }
    }

    /** The most documents written in one transaction by {@link #loadAll}. */
    static final int BATCH_DOCUMENTS = 16;

    /** Writes prepared documents in one transaction, or, should that fail, one transaction each. */
    private List<DocumentOutcome> writeBatch(List<Prepared> batch) {
        if (batch.size() == 1) {
            return List.of(write(batch.get(0)));
        }
        Dataset dataset = store.dataset();
        try {
            return Txn.calculateWrite(dataset, () -> batch.stream().map(this::writeInTransaction).toList());
        } catch (RuntimeException e) {
            return batch.stream().map(this::write).toList();
        }
    }

    /** Writes one prepared document in its own transaction. */
    private DocumentOutcome write(Prepared prepared) {
        if (prepared.rejection() != null) {
            return DocumentOutcome.rejected(prepared.path(), prepared.rejection());
        }
        return Txn.calculateWrite(store.dataset(), () -> writeInTransaction(prepared));
    }

    /** Writes one prepared document within the caller's write transaction. */
    private DocumentOutcome writeInTransaction(Prepared prepared) {
        if (prepared.rejection() != null) {
            return DocumentOutcome.rejected(prepared.path(), prepared.rejection());
        }
        SourceFile file = prepared.file();
        ReportText text = prepared.text();
        ReportDocument document = prepared.document();
        Dataset dataset = store.dataset();
        AtomicLong quads = new AtomicLong();
        InspectionIdentity.Resolved identity =
                InspectionIdentity.resolve(dataset, document.inspection(), file.sha256(), text.text());
        DatasetGraph graph = dataset.asDatasetGraph();
        Node name = NodeFactory.createURI(Iris.documentGraph(file.sha256()));
        graph.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(graph)) {
            @Override
            public void quad(Quad quad) {
                quads.incrementAndGet();
                super.quad(quad);
            }
        };
        documentGraph.write(document, prepared.statements(), identity.inspectionIri(), text.text(),
                extractorName(document), identity.copyOfDocumentIri(), Instant.now(), sink);
        return new DocumentOutcome(prepared.path(), true, null, document.kind().id(), document.inspection().kindId(),
                identity.inspectionIri(), identity.reason(), quads.get(), document.issues());
    }

    /** The framework whose judgement areas a document's headings name. */
    private static String framework(String kindId) {
        String family = InspectionIdentity.family(kindId);
        return switch (family) {
            case "ilacs" -> "ilacs";
            case "sif", "lscb-review" -> "sif";
            default -> null;
        };
    }

    private static String extractorName(ReportDocument document) {
        return document.kind().id() + " extractor for " + document.inspection().kindId();
    }

    private static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }
}
