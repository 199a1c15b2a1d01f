package org.ofstedkg.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;

/**
 * One server for the tests, started as {@code kg serve} starts it: a TDB2 database in {@code target/} loaded with
 * the fictional authorities and some sample reports, served from {@code config.ttl} on a free port. Started once
 * per test JVM and stopped when it ends.
 */
final class SampleService {

    static final Path SAMPLES = Path.of("..", "samples");
    static final String BORSETSHIRE = Iris.ID + "authority/9999901";
    static final String ILACS_2019 = Iris.ID + "inspection/9999901/ilacs/2019-02-15";
    /** A finding, written into the database because the loader does not write statements yet. */
    static final String FINDING = Iris.ID + "document/feedfacefeedface/finding/1";
    static final String FINDING_TEXT = "Return home interviews for children who go missing are not timely.";
    static final List<String> REPORTS = List.of("borsetshire-ilacs-2019.md", "borsetshire-ilacs-2024.txt",
            "borsetshire-sif-2015.txt", "felpersham-letter-2010.txt");

    private static FusekiServer server;

    private SampleService() {}

    static synchronized FusekiServer server() {
        if (server == null) {
            Path db = Path.of("target", "sample-service", "db");
            deleteTree(db.getParent());
            try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db)) {
                store.installLocalAuthorities(SAMPLES.resolve("fictional-authorities.ttl"));
                Loader loader = Loader.standard(store);
                for (String report : REPORTS) {
                    if (!loader.load(SAMPLES.resolve("reports").resolve(report)).loaded()) {
                        throw new IllegalStateException(report + " did not load");
                    }
                }
                DerivedFacts.recompute(store.dataset());
                Txn.executeWrite(store.dataset(), () -> {
                    var graph = NodeFactory.createURI(Iris.ID + "document/feedfacefeedface");
                    var finding = NodeFactory.createURI(FINDING);
                    var dataset = store.dataset().asDatasetGraph();
                    dataset.add(new Quad(graph, finding, Ofk.text.asNode(), NodeFactory.createLiteralString(FINDING_TEXT)));
                    dataset.add(new Quad(graph, finding, org.apache.jena.vocabulary.RDF.type.asNode(), Ofk.Finding.asNode()));
                    dataset.add(new Quad(graph, finding, Ofk.aboutInspection.asNode(), NodeFactory.createURI(ILACS_2019)));
                    dataset.add(new Quad(graph, finding, Ofk.theme.asNode(), NodeFactory.createURI(Iris.DEF + "theme/management-oversight")));
                    dataset.add(new Quad(graph, finding, Ofk.statedIn.asNode(), graph));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = KnowledgeGraphServer.start(ServiceSettings.forDatabase(db).withPort(0));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    static String base() {
        return "http://localhost:" + server().getPort();
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
