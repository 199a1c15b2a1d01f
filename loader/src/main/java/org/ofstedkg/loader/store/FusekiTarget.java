package org.ofstedkg.loader.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.HttpLib;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.update.UpdateRequest;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.OntologyResources;

/**
 * Documents sent to a running Fuseki server through its authenticated service ({@code /ds-admin} of
 * {@code kg serve --admin-password-file}): the server never parses reports, the loader does, here, and sends each
 * document's graph as one Graph Store Protocol {@code PUT} (one request, one transaction on the server, indexed by
 * its text index as it commits). The identity rule asks its questions at {@code SERVICE/sparql} and sends its
 * renamings ({@link InspectionNaming}) to {@code SERVICE/update}; the derived facts are recomputed by the rule as
 * a SPARQL Update at {@code SERVICE/update}. Every request carries HTTP Basic credentials, so put the server behind
 * HTTPS.
 *
 * <p>A document's graph is built in memory before anything is sent, so a document that fails while being written
 * costs nothing on the server. Unlike a local database, the identity questions and the write are two requests: a
 * load run is the only writer it expects.
 */
public final class FusekiTarget implements DocumentTarget {

    /**
     * A user name and password for the service. The password is never part of a message or of {@link #toString()}.
     */
    public record Credentials(String user, String password) {

        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    private final String service;
    private final Credentials credentials;
    private final String authorization;
    private final HttpClient http;

    private FusekiTarget(String service, Credentials credentials) {
        this.service = service;
        this.credentials = credentials;
        this.authorization = HttpLib.basicAuth(credentials.user(), credentials.password());
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    /**
     * The service at {@code serviceUrl} (such as {@code http://localhost:3030/ds-admin}), as {@code credentials}'s
     * user. Nothing is sent until the target is used.
     */
    public static FusekiTarget of(String serviceUrl, Credentials credentials) {
        URI uri = URI.create(serviceUrl.endsWith("/") ? serviceUrl.substring(0, serviceUrl.length() - 1) : serviceUrl);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException(serviceUrl + " is not an http(s) URL of a Fuseki service");
        }
        return new FusekiTarget(uri.toString(), credentials);
    }

    /** The service's URL. */
    public String service() {
        return service;
    }

    @Override
    public void installReferenceGraphsIfMissing() {
        boolean present = call(() -> {
            try (QueryExecution ask = query(QueryFactory.create("ASK { GRAPH <" + Iris.VOCABULARY_GRAPH + "> { ?s ?p ?o } }"))) {
                return ask.execAsk();
            }
        });
        if (!present) {
            put(Iris.VOCABULARY_GRAPH, OntologyResources.ontologyWithVocabularies().getGraph());
            put(Iris.GAZETTEER_GRAPH, OntologyResources.authorities().getGraph());
        }
    }

    @Override
    public void installLocalAuthorities(Path turtle) {
        put(Iris.LOCAL_GAZETTEER_GRAPH, RDFDataMgr.loadGraph(turtle.toString()));
    }

    @Override
    public Model authorities() {
        Query construct = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
                + "VALUES ?g { <" + Iris.GAZETTEER_GRAPH + "> <" + Iris.LOCAL_GAZETTEER_GRAPH + "> } }");
        Model all = call(() -> {
            try (QueryExecution execution = query(construct)) {
                return execution.execConstruct();
            }
        });
        boolean bundled = call(() -> {
            try (QueryExecution ask = query(QueryFactory.create("ASK { GRAPH <" + Iris.GAZETTEER_GRAPH + "> { ?s ?p ?o } }"))) {
                return ask.execAsk();
            }
        });
        return bundled ? all : ModelFactory.createUnion(OntologyResources.authorities(), all);
    }

    @Override
    public <R> R replaceGraph(String graphIri, GraphWrite<R> write) {
        Node name = NodeFactory.createURI(graphIri);
        Graph graph = GraphMemFactory.createDefaultGraph();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                throw new IllegalStateException("a triple outside graph " + graphIri + ": " + triple);
            }

            @Override
            public void quad(Quad quad) {
                if (!name.equals(quad.getGraph())) {
                    throw new IllegalStateException("a quad outside graph " + graphIri + ": " + quad);
                }
                graph.add(quad.asTriple());
            }
        };
        // The identity questions go to the server too: a server gone down fails them as it fails the write.
        R result = call(() -> write.write(this::query, sink));
        put(graphIri, graph);
        return result;
    }

    /** Fuseki's Graph Store Protocol takes one graph per request, so the graphs of {@code work} commit one by one. */
    @Override
    public <R> R inOneTransaction(Supplier<R> work) {
        return work.get();
    }

    @Override
    public void markDerivedFactsOutdated() {
        update(DerivedFacts.outdatedMark());
    }

    @Override
    public void recomputeDerivedFacts() {
        update(DerivedFacts.rule());
    }

    /** An update at {@code SERVICE/update}, one request and one transaction on the server. */
    @Override
    public void update(UpdateRequest update) {
        call(() -> {
            UpdateExecutionHTTP.service(service + "/update").httpClient(http).httpHeader("Authorization", authorization)
                    .update(update).build().execute();
            return null;
        });
    }

    /** A query at {@code SERVICE/sparql}; executing it may throw Jena's {@code QueryExceptionHTTP}. */
    @Override
    public QueryExecution query(Query query) {
        return QueryExecutionHTTP.service(service + "/sparql").httpClient(http)
                .httpHeader("Authorization", authorization).query(query).build();
    }

    private void put(String graphIri, Graph graph) {
        call(() -> {
            GSP.service(service + "/data").httpClient(http).httpHeader("Authorization", authorization)
                    .contentType(RDFFormat.NTRIPLES).graphName(graphIri).PUT(graph);
            return null;
        });
    }

    /** Runs one exchange with the server, turning Jena's HTTP failures into an {@link EndpointException}. */
    private <T> T call(Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (QueryExceptionHTTP e) {
            throw failure(e.getStatusCode(), e.getMessage());
        } catch (HttpException e) {
            throw failure(e.getStatusCode(), e.getMessage());
        }
    }

    private EndpointException failure(int status, String message) {
        if (status == 401 || status == 403) {
            return new EndpointException(service, status, service + " refused the credentials of user '"
                    + credentials.user() + "' (HTTP " + status + ")");
        }
        if (status <= 0) {
            // Jena's message is then the whole request, a query of many lines: it says nothing the URL does not.
            return new EndpointException(service, status, service + " failed: no answer");
        }
        return new EndpointException(service, status, service + " failed: HTTP " + status
                + (message == null ? "" : " (" + message.lines().findFirst().orElse("") + ")"));
    }
}
