package org.ofstedkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.queries.QueryCatalogue;
import org.ofstedkg.queries.QueryRun;
import org.ofstedkg.service.KnowledgeGraphServer;
import org.ofstedkg.service.ServiceSettings;

/**
 * {@code kg load --endpoint}: the samples loaded into a running server through its authenticated service give the
 * server the same graphs a local load gives a database, with the derived facts and the text index; refused
 * credentials write nothing and never show the password; a load the server fails partway says what it kept and what
 * to do, leaves the derived facts marked outdated, and run again gives the same graphs as a load never interrupted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadThroughServerTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String PASSWORD = "s3cret-loader";

    private Path temp;

    private FusekiServer server;
    private String base;
    private Path passwordFile;
    private int remoteExit;
    private String remoteOutput;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kg(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Kg.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private FusekiServer startServer() throws Exception {
        Path users = temp.resolve("users-" + System.nanoTime());
        Files.writeString(users, "loader: " + PASSWORD + "\n");
        return KnowledgeGraphServer.start(ServiceSettings.inMemory().withAdminPasswordFile(users));
    }

    @BeforeAll
    void loadTheSamplesLocallyAndThroughTheServer(@TempDir Path folder) throws Exception {
        temp = folder;
        server = startServer();
        base = "http://localhost:" + server.getPort();
        passwordFile = temp.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        String gazetteer = SAMPLES.resolve("fictional-authorities.ttl").toString();
        String bad = SAMPLES.resolve("bad/not-a-report.pdf").toString();
        String reports = SAMPLES.resolve("reports").toString();
        assertEquals(1, kg("load", "--db", temp.resolve("db").toString(), "--gazetteer", gazetteer, bad, reports),
                err.toString());
        remoteExit = kg("load", "--endpoint", base + "/ds-admin", "--user", "loader", "--password-file",
                passwordFile.toString(), "--gazetteer", gazetteer, bad, reports);
        remoteOutput = out + "\n" + err;
        System.out.println(remoteOutput);
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @Test
    void aLoadThroughTheServerRejectsTheBadDocumentAndLoadsTheOthers() {
        assertEquals(1, remoteExit, remoteOutput);
        assertTrue(remoteOutput.contains("rejected not-a-report.pdf is an HTML page, not a PDF\n"), remoteOutput);
        assertTrue(remoteOutput.contains("loaded 13 of 14 documents"), remoteOutput);
        assertFalse(remoteOutput.contains(PASSWORD), "the password was printed");
    }

    @Test
    void theServerHoldsTheSameGraphsAsALocalLoadSaveTheirLoadTimes() throws Exception {
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openExisting(temp.resolve("db"))) {
            Dataset local = store.dataset();
            List<String> names = graphNames(local);
            assertEquals(new TreeSet<>(names), remoteGraphNames());
            assertEquals(17, names.size(), "13 documents, vocabulary, gazetteer, local gazetteer, derived facts");
            for (String name : names) {
                Graph here = Txn.calculateRead(local, () -> withoutTimes(local.getNamedModel(name).getGraph()));
                Graph there = withoutTimes(GSP.service(base + "/ds/get").graphName(name).GET());
                assertTrue(here.isIsomorphicWith(there), name + " differs: " + here.size() + " triples here, "
                        + there.size() + " on the server");
            }
            var inspections = QueryCatalogue.bundled().find("inspections").orElseThrow();
            List<String> localRows = rows(QueryRun.onDataset(inspections, Map.of(), local));
            List<String> serverRows = rows(QueryRun.onEndpoint(inspections, Map.of(), base + "/ds/sparql"));
            System.out.println(localRows.size() + " inspections, the same over the server and locally");
            assertEquals(localRows, serverRows);
        }
    }

    @Test
    void derivedFactsAreComputedOnTheServer() {
        try (RDFConnection connection = RDFConnection.queryConnect(base + "/ds/sparql")) {
            assertTrue(connection.queryAsk("PREFIX ofk: <" + Iris.DEF + "> ASK { GRAPH <" + Iris.DERIVED_GRAPH
                    + "> { ?w a ofk:WeaknessTheme ; ofk:evidence ?statement } }"));
        }
    }

    @Test
    void aSentenceOfANewlyLoadedDocumentIsFoundByTextSearch() {
        try (RDFConnection connection = RDFConnection.queryConnect(base + "/ds/sparql")) {
            List<QuerySolution> findings = new ArrayList<>();
            connection.querySelect("PREFIX ofk: <" + Iris.DEF + "> SELECT ?s ?text { GRAPH ?g { ?s a ofk:Finding ; "
                    + "ofk:text ?text } FILTER (STRLEN(?text) > 60) } ORDER BY ?s LIMIT 1", findings::add);
            String statement = findings.get(0).getResource("s").getURI();
            String[] words = findings.get(0).getLiteral("text").getString().replaceAll("[^A-Za-z0-9 ]", " ")
                    .strip().split("\\s+");
            String phrase = String.join(" ", List.of(words).subList(0, 6));
            List<String> hits = new ArrayList<>();
            connection.querySelect("PREFIX text: <http://jena.apache.org/text#> PREFIX ofk: <" + Iris.DEF + "> "
                    + "SELECT ?s { ?s text:query (ofk:text '\"" + phrase + "\"') }",
                    row -> hits.add(row.getResource("s").getURI()));
            assertTrue(hits.contains(statement), phrase + " found " + hits);
        }
    }

    /**
     * A council paper ending on 8 February and Ofsted's report ending on 15 February, sent to two fresh servers in
     * the two orders: each server names the inspection after Ofsted's date, and their graphs agree.
     */
    @Test
    void aPaperAndAReportSentInEitherOrderGiveTheServerTheSameInspection() throws Exception {
        String paper = Path.of("..", "loader", "src", "test", "resources", "org", "ofstedkg", "loader", "store",
                "borsetshire-committee-2019.md").toString();
        String report = SAMPLES.resolve("reports/borsetshire-ilacs-2019.md").toString();
        FusekiServer paperFirst = startServer();
        FusekiServer reportFirst = startServer();
        try {
            String one = "http://localhost:" + paperFirst.getPort();
            String other = "http://localhost:" + reportFirst.getPort();
            String gazetteer = SAMPLES.resolve("fictional-authorities.ttl").toString();
            assertEquals(0, kg("load", "--endpoint", one + "/ds-admin", "--user", "loader", "--password-file",
                    passwordFile.toString(), "--gazetteer", gazetteer, paper, report), out + "\n" + err);
            assertTrue(out.toString().contains("inspection naming: 1 inspection IRI(s) renamed"), out.toString());
            assertEquals(0, kg("load", "--endpoint", other + "/ds-admin", "--user", "loader", "--password-file",
                    passwordFile.toString(), "--gazetteer", gazetteer, report, paper), out + "\n" + err);
            assertTrue(out.toString().contains("inspection naming: 0 inspection IRI(s) renamed"), out.toString());

            String inspection = "https://w3id.org/ofsted-kg/id/inspection/9999901/ilacs/2019-02-15";
            assertEquals(List.of(inspection), inspections(one));
            assertEquals(List.of(inspection), inspections(other));
            TreeSet<String> names = graphNames(one);
            assertEquals(names, graphNames(other));
            for (String name : names) {
                Graph here = withoutTimes(GSP.service(one + "/ds/get").graphName(name).GET());
                Graph there = withoutTimes(GSP.service(other + "/ds/get").graphName(name).GET());
                assertTrue(here.isIsomorphicWith(there), name + " differs between the two orders");
            }
        } finally {
            paperFirst.stop();
            reportFirst.stop();
        }
    }

    private static List<String> inspections(String server) {
        List<String> inspections = new ArrayList<>();
        try (RDFConnection connection = RDFConnection.queryConnect(server + "/ds/sparql")) {
            connection.querySelect("PREFIX ofk: <" + Iris.DEF + "> SELECT DISTINCT ?i { GRAPH ?g { ?g ofk:describes ?i } }"
                    + " ORDER BY ?i", row -> inspections.add(row.getResource("i").getURI()));
        }
        return inspections;
    }

    @Test
    void refusedCredentialsExitThreeWithOneLineAndWriteNothing() throws Exception {
        FusekiServer fresh = startServer();
        try {
            Path wrong = temp.resolve("wrong-password");
            Files.writeString(wrong, "not-the-password\n");
            String service = "http://localhost:" + fresh.getPort() + "/ds-admin";
            int exit = kg("load", "--endpoint", service, "--user", "loader", "--password-file", wrong.toString(),
                    "--gazetteer", SAMPLES.resolve("fictional-authorities.ttl").toString(),
                    SAMPLES.resolve("reports/borsetshire-ilacs-2024.txt").toString());
            assertEquals(3, exit, out + "\n" + err);
            assertEquals("kg load: " + service + " refused the credentials of user 'loader' (HTTP 401)\n", err.toString());
            assertFalse((out + err.toString()).contains("not-the-password"));
            try (RDFConnection connection = RDFConnection.queryConnect("http://localhost:" + fresh.getPort() + "/ds/sparql")) {
                assertFalse(connection.queryAsk("ASK { GRAPH ?g { ?s ?p ?o } }"), "something was written");
            }
        } finally {
            fresh.stop();
        }
    }

    @Test
    void aServerThatIsNotThereExitsThreeWithOneLine() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String service = "http://localhost:" + port + "/ds-admin";
        assertEquals(3, kg("load", "--endpoint", service, "--user", "loader", "--password-file", passwordFile.toString(),
                SAMPLES.resolve("reports/borsetshire-ilacs-2024.txt").toString()));
        assertTrue(err.toString().startsWith("kg load: " + service + " failed: no answer"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void aLoadTheServerFailsPartwayKeepsWhatItSentMarksTheDerivedFactsOutdatedAndARerunCompletesIt() throws Exception {
        Path database = temp.resolve("db-interrupted");
        String gazetteer = SAMPLES.resolve("fictional-authorities.ttl").toString();
        String reports = SAMPLES.resolve("reports").toString();
        FusekiServer first = startServer(database);
        String firstService = "http://localhost:" + first.getPort() + "/ds-admin";
        // The server goes down as the second document is reported written: the third document's write finds nobody.
        StringWriter seen = new StringWriter();
        java.io.Writer stopping = new java.io.Writer() {
            private int loaded;

            @Override
            public void write(char[] chars, int offset, int length) {
                String text = new String(chars, offset, length);
                seen.write(text);
                if (text.startsWith("loaded ") && ++loaded == 2) {
                    var dataset = KnowledgeGraphServer.dataset(first);
                    first.stop();
                    // Releases the text index's lock, as the end of the server's process would, for the restart.
                    dataset.close();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        err.getBuffer().setLength(0);
        int exit = Kg.run(new String[] {"load", "--endpoint", firstService, "--user", "loader", "--password-file",
                passwordFile.toString(), "--gazetteer", gazetteer, reports}, new PrintWriter(stopping, true),
                new PrintWriter(err, true));

        assertEquals(3, exit, seen + "\n" + err);
        assertEquals("kg load: " + firstService + " failed: no answer; the load stopped after 2 of its files: the 2"
                + " document(s) already sent are kept and the derived facts are marked outdated"
                + " (prov:invalidatedAtTime on " + Iris.DERIVED_GRAPH + "); re-run the same kg load to complete it\n",
                err.toString());
        FusekiServer second = startServer(database);
        try {
            String secondBase = "http://localhost:" + second.getPort();
            try (RDFConnection connection = RDFConnection.queryConnect(secondBase + "/ds/sparql")) {
                assertTrue(connection.queryAsk(OUTDATED), "the derived facts are not marked outdated");
                assertEquals(2, documentGraphCount(connection), "documents kept from the interrupted load");
            }
            assertEquals(0, kg("load", "--endpoint", secondBase + "/ds-admin", "--user", "loader", "--password-file",
                    passwordFile.toString(), "--gazetteer", gazetteer, reports), out + "\n" + err);
            try (RDFConnection connection = RDFConnection.queryConnect(secondBase + "/ds/sparql")) {
                assertFalse(connection.queryAsk(OUTDATED), "the derived facts are still marked outdated");
            }
            assertEquals(List.of(), graphsDifferingFromTheLocalLoad(secondBase));
        } finally {
            second.stop();
        }
    }

    private static final String OUTDATED = "ASK { GRAPH <" + Iris.DERIVED_GRAPH + "> { <" + Iris.DERIVED_GRAPH
            + "> <http://www.w3.org/ns/prov#invalidatedAtTime> ?time } }";

    private static long documentGraphCount(RDFConnection connection) {
        long[] count = new long[1];
        connection.querySelect("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?d <" + Iris.DEF + "sha256> ?digest } }",
                row -> count[0] = row.getLiteral("n").getLong());
        return count[0];
    }

    /** The graphs of the local load of the samples that the server at {@code serverBase} lacks or holds otherwise. */
    private List<String> graphsDifferingFromTheLocalLoad(String serverBase) throws Exception {
        List<String> differing = new ArrayList<>();
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openExisting(temp.resolve("db"))) {
            Dataset local = store.dataset();
            List<String> names = graphNames(local);
            TreeSet<String> remote = new TreeSet<>();
            try (RDFConnection connection = RDFConnection.queryConnect(serverBase + "/ds/sparql")) {
                connection.querySelect("SELECT DISTINCT ?g { GRAPH ?g { } }",
                        row -> remote.add(row.getResource("g").getURI()));
            }
            if (!remote.equals(new TreeSet<>(names))) {
                differing.add("graph names: " + remote + " instead of " + new TreeSet<>(names));
            }
            for (String name : names) {
                Graph here = Txn.calculateRead(local, () -> withoutTimes(local.getNamedModel(name).getGraph()));
                Graph there = withoutTimes(GSP.service(serverBase + "/ds/get").graphName(name).GET());
                if (!here.isIsomorphicWith(there)) {
                    differing.add(name);
                }
            }
        }
        return differing;
    }

    private FusekiServer startServer(Path database) throws Exception {
        Path users = temp.resolve("users-" + System.nanoTime());
        Files.writeString(users, "loader: " + PASSWORD + "\n");
        return KnowledgeGraphServer.start(
                ServiceSettings.forDatabase(database).withPort(0).withAdminPasswordFile(users));
    }

    @Test
    void anEndpointWithoutAUserOrAPasswordIsAUsageError() {
        assertEquals(2, kg("load", "--endpoint", base + "/ds-admin", SAMPLES.resolve("reports").toString()));
        assertEquals("kg load: --endpoint needs --user NAME\n", err.toString());
        assertEquals(2, kg("load", "--db", temp.resolve("x").toString(), "--endpoint", base + "/ds-admin",
                SAMPLES.resolve("reports").toString()));
        assertEquals("kg load: give either --db DIR or --endpoint URL\n", err.toString());
    }

    private TreeSet<String> remoteGraphNames() {
        return graphNames(base);
    }

    private static List<String> graphNames(Dataset local) {
        return Txn.calculateRead(local, () -> {
            List<String> all = new ArrayList<>();
            local.listNames().forEachRemaining(all::add);
            return all;
        });
    }

    private static TreeSet<String> graphNames(String server) {
        TreeSet<String> names = new TreeSet<>();
        try (RDFConnection connection = RDFConnection.queryConnect(server + "/ds/sparql")) {
            connection.querySelect("SELECT DISTINCT ?g { GRAPH ?g { } }", row -> names.add(row.getResource("g").getURI()));
        }
        return names;
    }

    /** The graph without its xsd:dateTime literals: when a document was loaded differs between two loads. */
    private static Graph withoutTimes(Graph graph) {
        Graph kept = GraphMemFactory.createDefaultGraph();
        graph.find().forEachRemaining(triple -> {
            Node object = triple.getObject();
            if (!(object.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(object.getLiteralDatatypeURI()))) {
                kept.add(triple);
            }
        });
        return kept;
    }

    private static List<String> rows(ResultSetRewindable results) {
        List<String> rows = new ArrayList<>();
        results.forEachRemaining(row -> {
            java.util.TreeMap<String, String> values = new java.util.TreeMap<>();
            row.varNames().forEachRemaining(name -> values.put(name, row.get(name).toString()));
            rows.add(values.toString());
        });
        return rows;
    }
}
