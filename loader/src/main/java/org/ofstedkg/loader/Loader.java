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
import org.ofstedkg.loader.store.InspectionNaming;
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
    private final DocumentLimits limits;
    private final NamingTally naming = new NamingTally();

    /**
     * A loader writing into {@code target}.
     *
     * @param classifier says of every finding, improvement item and listed strength its polarity and themes
     */
    public Loader(DocumentTarget target, ReaderChoice readers, Extraction extraction, StatementClassifier classifier) {
        this(target, readers, extraction, classifier, DocumentLimits.defaults());
        target.installReferenceGraphsIfMissing();
    }

    private Loader(DocumentTarget target, ReaderChoice readers, Extraction extraction, StatementClassifier classifier,
            DocumentLimits limits) {
        this.target = target;
        this.readers = readers;
        this.extraction = extraction;
        this.classifier = classifier;
        this.limits = limits;
    }

    /** A loader writing into the local database {@code store}. */
    public Loader(KnowledgeGraphStore store, ReaderChoice readers, Extraction extraction, StatementClassifier classifier) {
        this(new DatabaseTarget(store), readers, extraction, classifier);
    }

    /** This loader, holding each document to {@code newLimits} instead. */
    public Loader withLimits(DocumentLimits newLimits) {
        return new Loader(target, readers, extraction, classifier, newLimits);
    }

    /**
     * What naming inspections after their accepted dates ({@link InspectionNaming}) has cost this loader so far:
     * the inspections renamed and the time spent, for a load's summary.
     */
    public NamingTally naming() {
        return naming;
    }

    /** The limits each document is held to. */
    public DocumentLimits limits() {
        return limits;
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

    /** Loads one file, within the {@linkplain #limits limits}. */
    public DocumentOutcome load(Path path) {
        PreparationThreads threads = new PreparationThreads(1, limits.maxTime());
        try {
            return write(threads.start(() -> prepare(path)).await(() -> overTime(path)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("loading was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a reader failed unexpectedly", e.getCause());
        }
    }

    /**
     * Loads files, reading and extracting them on {@code threads} threads while one thread writes them to the
     * target in the order given, so that the outcome never depends on timing: identity is decided as each document
     * is written, one document after another. At most {@code 2 * threads} prepared documents wait in memory. The
     * derived facts ({@link org.ofstedkg.loader.derive.DerivedFacts}) are marked outdated before the first document
     * is written and recomputed at the end, so that they follow the documents, or say that they do not: when the
     * target fails partway (a server goes down), the documents already written stay, the derived facts keep the
     * mark, and re-running the same load completes it.
     *
     * @param each receives each file's outcome, in the order of {@code paths}
     */
    public void loadAll(List<Path> paths, int threads, java.util.function.Consumer<DocumentOutcome> each) {
        PreparationThreads workers = new PreparationThreads(threads, limits.maxTime());
        java.util.ArrayDeque<PreparationThreads.Task<Prepared>> window = new java.util.ArrayDeque<>();
        try {
            target.markDerivedFactsOutdated();
            int next = 0;
            while (next < paths.size() || !window.isEmpty()) {
                while (next < paths.size() && window.size() < 2 * threads) {
                    Path path = paths.get(next++);
                    window.add(workers.start(() -> prepare(path)));
                }
                Path path = paths.get(next - window.size());
                each.accept(write(window.poll().await(() -> overTime(path))));
            }
            target.recomputeDerivedFacts();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("loading was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a reader failed unexpectedly", e.getCause());
        } finally {
            window.forEach(PreparationThreads.Task::abandon);
        }
    }

    /** A file read and extracted, ready to write; or the reason it was rejected. */
    private record Prepared(Path path, SourceFile file, ReportText text, ReportDocument document,
            ClassifiedStatements statements, String rejection) {}

    /** Reads, extracts and classifies one file: everything but the write, safe to run on several threads. */
    private Prepared prepare(Path path) {
        SourceFile file;
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                return rejected(path, String.format("is %,d bytes, over the limit of %,d bytes per document",
                        size, limits.maxBytes()));
            }
            file = SourceFile.read(path);
        } catch (IOException e) {
            return rejected(path, "cannot be read: " + e.getMessage());
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
            return rejected(path, "could not be read: " + oneLine(e));
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Both unwind this document's work alone: its objects become garbage and the other threads go on.
            return rejected(path, "could not be read: " + oneLine(e));
        }
    }

    private static Prepared rejected(Path path, String why) {
        return new Prepared(path, null, null, null, null, path.getFileName() + " " + why);
    }

    private Prepared overTime(Path path) {
        return rejected(path, "was abandoned: reading it took longer than the limit of "
                + seconds(limits.maxTime()) + " per document");
    }

    private static String seconds(java.time.Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() / 1000.0 + " s";
    }

    private static String oneLine(Throwable e) {
        return e.toString().replaceAll("\\s+", " ").strip();
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
        // One transaction on a local database, so that a document never commits under a name its naming would change.
        return target.inOneTransaction(() -> {
            InspectionIdentity.Resolved resolved = writeGraph(file, text, document, statements, quads);
            long started = System.nanoTime();
            List<InspectionIdentity.EarlierCopy> copies =
                    InspectionIdentity.earlierCopies(target::query, document.inspection(), file.sha256(), text.text());
            InspectionNaming.Named named =
                    InspectionNaming.settle(target, resolved.joined(), Iris.document(file.sha256()), copies);
            naming.add(System.nanoTime() - started, named.renamed().size());
            String identity = named.renamed().isEmpty() ? resolved.reason()
                    : resolved.reason() + "; renamed " + String.join(" and ", named.renamed()) + " to " + named.inspectionIri();
            return new DocumentOutcome(path, true, null, document.kind().id(), document.inspection().kindId(),
                    named.inspectionIri(), identity, quads.get(), document.issues());
        });
    }

    private InspectionIdentity.Resolved writeGraph(SourceFile file, ReportText text, ReportDocument document,
            ClassifiedStatements statements, AtomicLong quads) {
        return target.replaceGraph(Iris.documentGraph(file.sha256()), (queries, graph) -> {
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
