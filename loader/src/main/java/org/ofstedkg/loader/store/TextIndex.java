package org.ofstedkg.loader.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.FSDirectory;
import org.ofstedkg.ontology.Ofk;

/**
 * The jena-text (Lucene) index of a database, in the folder beside it ({@code DIR-text}), over the text of
 * statements ({@code ofk:text}) and labels: the same folder and entity map as the server's {@code config.ttl} (a
 * test holds them together), so that {@code kg load} keeps the index the server and {@code kg query} read.
 *
 * <p>Every write transaction through the wrapped dataset commits the index with the database. A process killed
 * between the two commits would leave them out of step, so the index carries a marker file: removed while a store
 * is open for writing, written back when it closes cleanly. An index without the marker is rebuilt from the
 * database before anyone reads it.
 */
public final class TextIndex {

    /** The file that says the index agrees with the database. */
    static final String IN_STEP = "ofsted-kg-in-step";

    private TextIndex() {}

    /** The entity map: one Lucene document per quad of an indexed predicate, deletable by its uid. */
    public static EntityDefinition entityDefinition() {
        EntityDefinition definition = new EntityDefinition("uri", "text");
        definition.set("text", Ofk.text.asNode());
        definition.set("label", RDFS.label.asNode());
        definition.setLangField("lang");
        definition.setUidField("uid");
        return definition;
    }

    /** The index folder of the database in {@code database}: its sibling {@code NAME-text}. */
    public static Path folderOf(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-text");
    }

    /** Wraps a database so that every change is indexed in {@code folder}. */
    static Dataset wrap(Dataset database, Path folder) throws IOException {
        Files.createDirectories(folder);
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setValueStored(true);
        return TextDatasetFactory.createLucene(database, FSDirectory.open(folder), config);
    }

    /** Whether the index in {@code folder} was left in step with its database. */
    public static boolean inStep(Path folder) {
        return Files.isRegularFile(folder.resolve(IN_STEP));
    }

    /** Says that the index agrees with the database (after a clean close or a rebuild). */
    public static void markInStep(Path folder) {
        try {
            Files.writeString(folder.resolve(IN_STEP), "the text index agrees with the database\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the text index " + folder, e);
        }
    }

    /** Withdraws the marker before writes begin, so that a process killed mid-write leaves it absent. */
    static void markWriting(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(IN_STEP));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unmark the text index " + folder, e);
        }
    }

    /**
     * Makes a text dataset's index say what its database says: empties it and indexes every quad of an indexed
     * predicate. A dataset without an index is left alone.
     *
     * @return the number of quads indexed
     */
    public static long rebuild(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text)) {
            return 0;
        }
        var index = text.getTextIndex();
        EntityDefinition definition = index.getDocDef();
        DatasetGraph base = text.getBase();
        return Txn.calculateRead(base, () -> {
            if (index instanceof TextIndexLucene lucene) {
                try {
                    lucene.getIndexWriter().deleteAll();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot empty the text index", e);
                }
            }
            long count = 0;
            for (String field : definition.fields()) {
                for (Node predicate : definition.getPredicates(field)) {
                    Iterator<Quad> quads = base.find(Node.ANY, Node.ANY, predicate, Node.ANY);
                    while (quads.hasNext()) {
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, quads.next());
                        if (entity != null) {
                            index.addEntity(entity);
                            count++;
                        }
                    }
                }
            }
            index.prepareCommit();
            index.commit();
            return count;
        });
    }
}
