package org.ofstedkg.loader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.OntologyResources;

/**
 * The knowledge graph in an Apache Jena TDB2 database: one named graph per source document, plus the reference
 * graphs every query needs (the ontology with its vocabularies, and the authority gazetteer). Every change is one
 * write transaction, so a failure never leaves a graph half written.
 */
public final class KnowledgeGraphStore implements AutoCloseable {

    private final Path directory;
    private final Dataset dataset;

    private KnowledgeGraphStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens the database in {@code directory}, creating it (and the directory) when there is none yet. */
    public static KnowledgeGraphStore openOrCreate(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new KnowledgeGraphStore(directory, TDB2Factory.connectDataset(directory.toString()));
    }

    /**
     * Opens the database in {@code directory} for a long load, creating it when there is none yet: TDB2 reads and
     * writes its files directly into block caches of a fixed size rather than memory-mapping them, so that the
     * loading process's resident memory stays bounded (a mapped file's pages count as the process's memory, and the
     * files grow with the corpus). TDB2's B+trees take the file mode of the whole JVM, fixed when TDB2 first opens
     * a file, so this is for a process that loads (such as {@code kg load}); a server keeps the default, mapped
     * files, which answer queries faster.
     */
    public static KnowledgeGraphStore openForLoading(Path directory) throws IOException {
        Files.createDirectories(directory);
        SystemIndex.setFileMode(FileMode.direct);
        StoreParams loading = StoreParams.builder()
                .fileMode(FileMode.direct)
                .blockReadCacheSize(LOADING_BLOCK_READ_CACHE)
                .blockWriteCacheSize(LOADING_BLOCK_WRITE_CACHE)
                .node2NodeIdCacheSize(LOADING_NODE_CACHE)
                .nodeId2NodeCacheSize(LOADING_NODE_CACHE)
                .build();
        DatasetGraph graph = DatabaseMgr.connectDatasetGraph(Location.create(directory.toString()), loading);
        return new KnowledgeGraphStore(directory, DatasetFactory.wrap(graph));
    }

    /** Blocks (8 KiB) of each index file kept for reading while loading: upper levels of the B+trees stay cached. */
    static final int LOADING_BLOCK_READ_CACHE = 1_000;
    /** Blocks of each index file kept for writing while loading. */
    static final int LOADING_BLOCK_WRITE_CACHE = 500;
    /**
     * Nodes kept in each of TDB2's node caches while loading. The caches count nodes, not bytes, and a document's
     * nodes include its paragraphs as literals, so TDB2's defaults (up to 500,000 nodes) could hold hundreds of MiB.
     */
    static final int LOADING_NODE_CACHE = 50_000;

    /**
     * Opens an existing database.
     *
     * @throws NoDatabaseException when {@code directory} holds no TDB2 database
     */
    public static KnowledgeGraphStore openExisting(Path directory) throws NoDatabaseException {
        if (!isDatabase(directory)) {
            throw new NoDatabaseException(directory);
        }
        return new KnowledgeGraphStore(directory, TDB2Factory.connectDataset(directory.toString()));
    }

    /** Whether {@code directory} holds a TDB2 database: TDB2 keeps its data in {@code Data-NNNN} folders. */
    public static boolean isDatabase(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes the bundled ontology, vocabularies and gazetteer into their named graphs, replacing what was there,
     * so that a database always describes itself with the vocabulary of the code that wrote it.
     */
    public void installReferenceGraphs() {
        Model vocabulary = OntologyResources.ontologyWithVocabularies();
        Model authorities = OntologyResources.authorities();
        Txn.executeWrite(dataset, () -> {
            dataset.replaceNamedModel(Iris.VOCABULARY_GRAPH, vocabulary);
            dataset.replaceNamedModel(Iris.GAZETTEER_GRAPH, authorities);
        });
    }

    /**
     * Adds authorities the bundled gazetteer lacks (a new authority, or the fictional ones of the samples) from a
     * Turtle file in the gazetteer's shape, into the database's local gazetteer graph, replacing what was there.
     */
    public void installLocalAuthorities(Path turtle) {
        Model local = org.apache.jena.riot.RDFDataMgr.loadModel(turtle.toString());
        Txn.executeWrite(dataset, () -> dataset.replaceNamedModel(Iris.LOCAL_GAZETTEER_GRAPH, local));
    }

    /** The authorities of the database's gazetteer graphs: the bundled ones and any local additions. */
    public Model authorities() {
        return Txn.calculateRead(dataset, () -> {
            Model all = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            if (dataset.containsNamedModel(Iris.GAZETTEER_GRAPH)) {
                all.add(dataset.getNamedModel(Iris.GAZETTEER_GRAPH));
            } else {
                all.add(OntologyResources.authorities());
            }
            if (dataset.containsNamedModel(Iris.LOCAL_GAZETTEER_GRAPH)) {
                all.add(dataset.getNamedModel(Iris.LOCAL_GAZETTEER_GRAPH));
            }
            return all;
        });
    }

    /**
     * Writes every quad of the database to {@code out}, streaming, in one read transaction: a dump that another
     * store (or TDB2's bulk loader) can load. Returns the number of quads written.
     */
    public long export(java.io.OutputStream out, org.apache.jena.riot.RDFFormat format) {
        return Txn.calculateRead(dataset, () -> {
            org.apache.jena.riot.system.StreamRDF writer = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, format);
            writer.start();
            dataset.asDatasetGraph().prefixes().forEach(writer::prefix);
            long count = 0;
            var quads = dataset.asDatasetGraph().find();
            while (quads.hasNext()) {
                writer.quad(quads.next());
                count++;
            }
            writer.finish();
            return count;
        });
    }

    /** The number of quads in the database, in a read transaction. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.asDatasetGraph().find()));
    }

    /** The Jena dataset, for code that runs its own transactions. */
    public Dataset dataset() {
        return dataset;
    }

    /** The database's folder. */
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
