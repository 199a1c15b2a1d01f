package org.ofstedkg.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.ofstedkg.loader.classify.RuleClassifier;
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
import org.ofstedkg.loader.store.DatabaseTarget;
import org.ofstedkg.loader.store.DocumentTarget;
import org.ofstedkg.loader.store.InspectionIdentity;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.loader.structure.DocumentStructure;
import org.ofstedkg.loader.structure.Sections;
import org.ofstedkg.loader.structure.StructureReader;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.ontology.Iris;

/**
 * The load pipeline for one document: read the file, normalise its text, extract its facts, decide which inspection
 * it describes, and write its graph, replacing any earlier graph of the same file, in one transaction of its
 * {@link DocumentTarget} (a local TDB2 database, or a Fuseki server). A document that cannot be read or is not a
 * report is rejected with a one-line reason; nothing already in the target is touched by a rejection.
 */
public final class Loader {

    /** The loader's version, recorded in every graph it writes. */
    public static final String VERSION = versionOf(Loader.class);

    private final DocumentTarget target;
    private final ReaderChoice readers;
    private final Extraction extraction;
    private final StatementClassifier classifier;
    private final DocumentGraph documentGraph = new DocumentGraph(VERSION);

    /**
     * A loader writing into {@code target}.
     *
     * @param classifier says of every finding, improvement item and listed strength its polarity and themes
     */
    public Loader(DocumentTarget target, ReaderChoice readers, Extraction extraction, StatementClassifier classifier) {
        this.target = target;
        this.readers = readers;
        this.extraction = extraction;
        this.classifier = classifier;
        target.installReferenceGraphsIfMissing();
    }

    /** A loader writing into the local database {@code store}. */
    public Loader(KnowledgeGraphStore store, ReaderChoice readers, Extraction extraction, StatementClassifier classifier) {
        this(new DatabaseTarget(store), readers, extraction, classifier);
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
        return standard(new DatabaseTarget(store), classifier);
    }

    /** A standard loader writing into {@code target}, resolving authorities through the target's gazetteer. */
    public static Loader standard(DocumentTarget target) {
        return standard(target, RuleClassifier.standard());
    }

    /** A standard loader writing into {@code target}, whose statements {@code classifier} classifies. */
    public static Loader standard(DocumentTarget target, StatementClassifier classifier) {
        return new Loader(target, ReaderChoice.standard(),
                Extraction.standard(org.ofstedkg.loader.gazetteer.Gazetteer.of(target.authorities())), classifier);
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
     * target in the order given, so that the outcome never depends on timing: identity is decided as each document
     * is written, one document after another. At most {@code 2 * threads} prepared documents wait in memory. The
     * derived facts ({@link org.ofstedkg.loader.derive.DerivedFacts}) are recomputed at the end, so that they always
     * follow the documents.
     *
     * @param each receives each file's outcome, in the order of {@code paths}
     */
    public void loadAll(List<Path> paths, int threads, java.util.function.Consumer<DocumentOutcome> each) {
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ofsted-kg-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<Prepared>> window = new java.util.ArrayDeque<>();
            int next = 0;
            while (next < paths.size() || !window.isEmpty()) {
                while (next < paths.size() && window.size() < 2 * threads) {
                    Path path = paths.get(next++);
                    window.add(workers.submit(() -> prepare(path)));
                }
                each.accept(write(window.poll().get()));
            }
            target.recomputeDerivedFacts();
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

    private DocumentOutcome write(Prepared prepared) {
        if (prepared.rejection() != null) {
            return DocumentOutcome.rejected(prepared.path(), prepared.rejection());
        }
        return write(prepared.path(), prepared.file(), prepared.text(), prepared.document(), prepared.statements());
    }

    private DocumentOutcome write(Path path, SourceFile file, ReportText text, ReportDocument document,
            ClassifiedStatements statements) {
        AtomicLong quads = new AtomicLong();
        InspectionIdentity.Resolved resolved = target.replaceGraph(Iris.documentGraph(file.sha256()), (queries, graph) -> {
            InspectionIdentity.Resolved identity =
                    InspectionIdentity.resolve(queries, document.inspection(), file.sha256(), text.text());
            StreamRDF sink = new StreamRDFWrapper(graph) {
                @Override
                public void quad(Quad quad) {
                    quads.incrementAndGet();
                    super.quad(quad);
                }
            };
            documentGraph.write(document, statements, identity.inspectionIri(), text.text(), extractorName(document),
                    identity.copyOfDocumentIri(), Instant.now(), sink);
            return identity;
        });
        return new DocumentOutcome(path, true, null, document.kind().id(), document.inspection().kindId(),
                resolved.inspectionIri(), resolved.reason(), quads.get(), document.issues());
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
