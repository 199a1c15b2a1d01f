package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.loader.DocumentOutcome;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.store.FusekiTarget;
import org.ofstedkg.ontology.Iris;

/**
 * Live reload: documents loaded through the running server's authenticated service ({@link FusekiTarget}, one
 * Graph Store {@code PUT} per document) while 16 clients query the public service. Every answer is a success; in
 * every answer each graph holds either what it held before the load or what it holds after it, never part of a
 * document (each {@code PUT} is one transaction); and when the load returns each new document, its inspection and
 * its sentences (by full-text search) are found.
 *
 * <p>What a client may see in between, and is counted rather than forbidden: new documents whose derived facts are
 * not there yet (the rule is recomputed by one SPARQL Update after the last document, so the derived graph goes from
 * its old content, marked outdated by one triple while the load runs, to its new one in one step), and a document whose sentences the text index does not find yet
 * (jena-text commits its Lucene index just after the database, in the same commit but not atomically with it).
 */
class LiveReloadTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String PASSWORD = "s3cret-live";
    private static final int CLIENTS = 16;
    /** A word that most reports' findings use, so that the text index is asked about every document at once. */
    private static final String COMMON_WORD = "children";
    /** How long the clients query before the load; the first {@link #WARM_UP_MILLIS} are not measured. */
    private static final long QUIET_MILLIS = 7000;
    private static final long WARM_UP_MILLIS = 3000;
    /** Words of a sentence searched for as a phrase: enough to name one statement. */
    private static final int PHRASE_WORDS = 6;

    /**
     * Per graph, its quads and its statements found by the text index for {@link #COMMON_WORD}, in one answer (one
     * read transaction on the server).
     */
    private static final String SNAPSHOT = "PREFIX ofk: <" + Iris.DEF + ">\n"
            + "PREFIX text: <http://jena.apache.org/text#>\n"
            + "SELECT ?g ?what (COUNT(*) AS ?n) {\n"
            + "  { GRAPH ?g { ?s ?p ?o } BIND ('quads' AS ?what) }\n"
            + "  UNION\n"
            + "  { ?s text:query (ofk:text '" + COMMON_WORD + "' 100000) . GRAPH ?g { ?s ofk:text ?t } "
            + "BIND ('found' AS ?what) }\n"
            + "} GROUP BY ?g ?what";

    /** What one answer showed: per graph, its quad count and how many of its statements text search found. */
    record Snapshot(Map<String, Long> quads, Map<String, Long> found) {

        static Snapshot of(ResultSet results) {
            Map<String, Long> quads = new TreeMap<>();
            Map<String, Long> found = new TreeMap<>();
            results.forEachRemaining(row -> ("quads".equals(row.getLiteral("what").getString()) ? quads : found)
                    .put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
            return new Snapshot(quads, found);
        }

        long quadsOf(String graph) {
            return quads.getOrDefault(graph, 0L);
        }

        long foundIn(String graph) {
            return found.getOrDefault(graph, 0L);
        }
    }

    /** The status recorded for a request that got no HTTP answer at all (the connection failed). */
    private static final int NO_ANSWER = -1;

    /** One answer as a client saw it: when it was asked, how long it took, its status, and what it showed. */
    record Answer(long askedAt, double millis, int status, Snapshot snapshot) {}

    @Test
    @Timeout(180)
    void documentsLoadedWhileSixteenClientsQueryAreSeenWhollyOrNotAtAllAndAreFoundWhenTheLoadReturns(
            @TempDir Path temp) throws Exception {
        Path users = temp.resolve("admin-users");
        Files.writeString(users, "loader: " + PASSWORD + "\n");
        FusekiServer server = KnowledgeGraphServer.start(
                ServiceSettings.forDatabase(temp.resolve("db")).withPort(0).withAdminPasswordFile(users));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            String base = "http://localhost:" + server.getPort();
            FusekiTarget target = FusekiTarget.of(base + "/" + KnowledgeGraphServer.ADMIN_SERVICE,
                    new FusekiTarget.Credentials("loader", PASSWORD));
            Path authorities = SAMPLES.resolve("fictional-authorities.ttl");
            List<Path> reports = Loader.files(List.of(SAMPLES.resolve("reports")));
            // Every other sample first; the rest live, so that a PDF and its text twin fall on either side.
            List<Path> preload = new ArrayList<>();
            List<Path> live = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                (i % 2 == 0 ? preload : live).add(reports.get(i));
            }
            target.installLocalAuthorities(authorities);
            List<DocumentOutcome> preloaded = new ArrayList<>();
            Loader.standard(target).loadAll(preload, 2, preloaded::add);
            assertTrue(preloaded.stream().allMatch(DocumentOutcome::loaded), preloaded.toString());

            Snapshot before = snapshot(base);
            AtomicBoolean going = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                String userAgent = "live-reload-client-" + client;
                running.add(clients.submit(() -> {
                    query(base, userAgent, going, answers);
                    return null;
                }));
            }
            Thread.sleep(QUIET_MILLIS);
            long loadStarted = System.nanoTime();
            List<DocumentOutcome> loaded = new ArrayList<>();
            target.installLocalAuthorities(authorities);
            Loader.standard(target).loadAll(live, 2, loaded::add);
            long loadEnded = System.nanoTime();
            going.set(false);
            for (Future<?> client : running) {
                client.get();
            }
            Snapshot after = snapshot(base);
            assertTrue(loaded.stream().allMatch(DocumentOutcome::loaded), loaded.toString());

            TreeSet<String> newGraphs = new TreeSet<>();
            for (Path report : live) {
                newGraphs.add(Iris.documentGraph(SourceFile.read(report).sha256()));
            }
            assertEquals(live.size(), newGraphs.size());
            for (String graph : newGraphs) {
                assertEquals(0, before.quadsOf(graph), graph + " was there before the load");
                assertTrue(after.quadsOf(graph) > 0, graph + " is not there after the load");
            }
            TreeSet<String> changed = new TreeSet<>();
            for (String graph : union(before.quads().keySet(), after.quads().keySet())) {
                if (before.quadsOf(graph) != after.quadsOf(graph)) {
                    changed.add(graph);
                }
            }
            TreeSet<String> expectedChanged = new TreeSet<>(newGraphs);
            expectedChanged.add(Iris.DERIVED_GRAPH);
            assertEquals(expectedChanged, changed, "the load changed the new documents' graphs and the derived facts");

            List<Answer> all = new ArrayList<>(answers);
            List<String> failures = new ArrayList<>();
            List<String> torn = new ArrayList<>();
            int duringLoad = 0;
            int sawNewDocuments = 0;
            int derivedLagging = 0;
            int textLagging = 0;
            for (Answer answer : all) {
                if (answer.status() != 200) {
                    failures.add(answer.status() == NO_ANSWER ? "no answer" : "HTTP " + answer.status());
                    continue;
                }
                Snapshot seen = answer.snapshot();
                for (String graph : union(seen.quads().keySet(), union(before.quads().keySet(), after.quads().keySet()))) {
                    long quads = seen.quadsOf(graph);
                    boolean markedOutdated = graph.equals(Iris.DERIVED_GRAPH) && quads == before.quadsOf(graph) + 1;
                    if (quads != before.quadsOf(graph) && quads != after.quadsOf(graph) && !markedOutdated) {
                        torn.add(graph + " with " + quads + " quads, neither " + before.quadsOf(graph) + " nor "
                                + after.quadsOf(graph));
                    }
                    if (seen.foundIn(graph) > after.foundIn(graph)) {
                        torn.add(graph + " with " + seen.foundIn(graph) + " statements found, more than "
                                + after.foundIn(graph));
                    }
                }
                boolean newVisible = newGraphs.stream().anyMatch(graph -> seen.quadsOf(graph) > 0);
                boolean derivedOld = seen.quadsOf(Iris.DERIVED_GRAPH) == before.quadsOf(Iris.DERIVED_GRAPH)
                        || seen.quadsOf(Iris.DERIVED_GRAPH) == before.quadsOf(Iris.DERIVED_GRAPH) + 1;
                boolean textBehind = newGraphs.stream().anyMatch(graph -> seen.quadsOf(graph) == after.quadsOf(graph)
                        && seen.foundIn(graph) < after.foundIn(graph));
                sawNewDocuments += newVisible ? 1 : 0;
                derivedLagging += newVisible && derivedOld ? 1 : 0;
                textLagging += textBehind ? 1 : 0;
                duringLoad += answer.askedAt() >= loadStarted && answer.askedAt() < loadEnded ? 1 : 0;
            }

            List<Double> quiet = millis(all, loadStarted - (QUIET_MILLIS - WARM_UP_MILLIS) * 1_000_000, loadStarted);
            List<Double> loading = millis(all, loadStarted, loadEnded);
            System.out.printf("live reload: %d documents preloaded, %d loaded through %s in %.1f s (%,d quads before,"
                    + " %,d after)%n", preload.size(), live.size(), target.service(), (loadEnded - loadStarted) / 1e9,
                    total(before), total(after));
            System.out.printf("live reload: %d clients answered %d queries, %d during the load; %d failures; %d torn"
                    + " documents%n", CLIENTS, all.size(), duringLoad, failures.size(), torn.size());
            System.out.printf("live reload: latency before the load (last %.1f s) median %.1f ms, p95 %.1f ms over %d;"
                    + " during the load median %.1f ms, p95 %.1f ms over %d%n", (QUIET_MILLIS - WARM_UP_MILLIS) / 1000.0,
                    percentile(quiet, 0.5), percentile(quiet, 0.95), quiet.size(), percentile(loading, 0.5),
                    percentile(loading, 0.95), loading.size());
            System.out.printf("live reload: %d answers saw new documents, %d of them before their derived facts;"
                    + " %d saw a whole new document the text index did not find all of yet%n",
                    sawNewDocuments, derivedLagging, textLagging);

            assertEquals(List.of(), failures, "failed queries");
            assertEquals(0, torn.size(), "answers that saw part of a document, such as "
                    + torn.subList(0, Math.min(3, torn.size())));
            assertTrue(duringLoad >= CLIENTS, "only " + duringLoad + " answers were asked during the load");
            assertTrue(quiet.size() >= CLIENTS, "only " + quiet.size() + " answers were asked before the load");
            assertFoundWhenTheLoadReturned(base, live, loaded, newGraphs, after);
            assertDerivedFactsFollowTheDocuments(base);
        } finally {
            clients.shutdownNow();
            server.stop();
        }
    }

    /** Each new document's graph, its inspection, and one of its sentences by full-text search. */
    private static void assertFoundWhenTheLoadReturned(String base, List<Path> live, List<DocumentOutcome> loaded,
            TreeSet<String> newGraphs, Snapshot after) throws Exception {
        int searched = 0;
        try (RDFConnection connection = RDFConnection.queryConnect(base + "/ds/sparql")) {
            for (int i = 0; i < live.size(); i++) {
                String graph = Iris.documentGraph(SourceFile.read(live.get(i)).sha256());
                String inspection = loaded.get(i).inspectionIri();
                assertTrue(connection.queryAsk("PREFIX ofk: <" + Iris.DEF + "> ASK { <" + inspection
                        + "> a ofk:Inspection . GRAPH <" + graph + "> { { <" + inspection + "> ?p ?o } UNION { ?s ?q <"
                        + inspection + "> } } }"), live.get(i) + ": its inspection " + inspection + " is not found");
                List<QuerySolution> sentences = new ArrayList<>();
                connection.querySelect("PREFIX ofk: <" + Iris.DEF + "> SELECT ?s ?text { GRAPH <" + graph + "> { ?s "
                        + "ofk:text ?text } } ORDER BY ?s", sentences::add);
                if (sentences.isEmpty()) {
                    continue;
                }
                String statement = null;
                String phrase = null;
                for (QuerySolution sentence : sentences) {
                    phrase = plainPhrase(sentence.getLiteral("text").getString());
                    if (phrase != null) {
                        statement = sentence.getResource("s").getURI();
                        break;
                    }
                }
                assertTrue(statement != null, live.get(i) + ": no statement has " + PHRASE_WORDS + " plain words in a row");
                List<String> hits = new ArrayList<>();
                connection.querySelect("PREFIX text: <http://jena.apache.org/text#> PREFIX ofk: <" + Iris.DEF + "> "
                        + "SELECT ?s { ?s text:query (ofk:text '\"" + phrase + "\"' 100000) }",
                        row -> hits.add(row.getResource("s").getURI()));
                assertTrue(hits.contains(statement), live.get(i) + ": \"" + phrase + "\" found " + hits);
                searched++;
            }
        }
        System.out.printf("live reload: every new document's graph and inspection found, and a sentence of %d of"
                + " the %d by text search (the others have no statements)%n", searched, newGraphs.size());
        assertTrue(searched >= newGraphs.size() / 2, "only " + searched + " new documents had a sentence to search");
    }

    /**
     * The server's derived graph is what the rule makes of the documents the server holds, when the load has
     * returned: the whole dataset is fetched, the rule run on the copy, and the two compared, the rule's run time
     * aside.
     */
    private static void assertDerivedFactsFollowTheDocuments(String base) {
        DatasetGraph served = DSP.service(base + "/ds/get").GET();
        Node derived = NodeFactory.createURI(Iris.DERIVED_GRAPH);
        Graph onTheServer = withoutTimes(served.getGraph(derived));
        Dataset copy = DatasetFactory.wrap(served);
        DerivedFacts.recompute(copy);
        Graph recomputed = withoutTimes(copy.asDatasetGraph().getGraph(derived));
        System.out.printf("live reload: %,d derived triples on the server, the same as the rule makes of its documents%n",
                onTheServer.size());
        assertTrue(onTheServer.size() > 0, "no derived facts on the server");
        assertTrue(recomputed.isIsomorphicWith(onTheServer), "the server's derived facts (" + onTheServer.size()
                + " triples) are not what the rule makes of its documents (" + recomputed.size() + ")");
    }

    /** The graph without its xsd:dateTime literals, which say when something ran. */
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

    /**
     * The first run of {@link #PHRASE_WORDS} plain words in {@code text} (letters only, so that the analyser's
     * treatment of apostrophes and hyphens does not matter), or null when it has none.
     */
    private static String plainPhrase(String text) {
        List<String> run = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.matches("[A-Za-z]+")) {
                run.clear();
                continue;
            }
            run.add(word);
            if (run.size() == PHRASE_WORDS) {
                return String.join(" ", run);
            }
        }
        return null;
    }

    /** One client: asks {@link #SNAPSHOT} one answer after another while {@code going} holds. */
    private static void query(String base, String userAgent, AtomicBoolean going, ConcurrentLinkedQueue<Answer> answers)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/ds/sparql?query="
                        + URLEncoder.encode(SNAPSHOT, StandardCharsets.UTF_8)))
                .header("User-Agent", userAgent).header("Accept", "application/sparql-results+json").build();
        while (going.get()) {
            long asked = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                answers.add(new Answer(asked, (System.nanoTime() - asked) / 1e6, NO_ANSWER, null));
                continue;
            }
            double millis = (System.nanoTime() - asked) / 1e6;
            Snapshot snapshot = response.statusCode() == 200
                    ? Snapshot.of(ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON))
                    : null;
            answers.add(new Answer(asked, millis, response.statusCode(), snapshot));
        }
    }

    private static Snapshot snapshot(String base) {
        try (RDFConnection connection = RDFConnection.queryConnect(base + "/ds/sparql");
                QueryExecution execution = connection.query(SNAPSHOT)) {
            return Snapshot.of(execution.execSelect());
        }
    }

    private static long total(Snapshot snapshot) {
        return snapshot.quads().values().stream().mapToLong(Long::longValue).sum();
    }

    private static TreeSet<String> union(Set<String> a, Set<String> b) {
        TreeSet<String> both = new TreeSet<>(a);
        both.addAll(b);
        return both;
    }

    private static List<Double> millis(List<Answer> answers, long from, long to) {
        List<Double> millis = new ArrayList<>();
        answers.stream().filter(a -> a.askedAt() >= from && a.askedAt() < to).forEach(a -> millis.add(a.millis()));
        return millis;
    }

    private static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
