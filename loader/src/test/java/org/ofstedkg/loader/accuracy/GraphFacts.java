package org.ofstedkg.loader.accuracy;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/** What one document's graph says about its inspection, read back with SPARQL as a user would. */
record GraphFacts(String kind, String authorityUrn, String start, String end, String leads, Map<String, String> grades) {

    static final GraphFacts NONE = new GraphFacts(null, null, null, null, null, Map.of());

    private static final String FACTS = """
            PREFIX ofk:  <https://w3id.org/ofsted-kg/def/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            SELECT ?file ?kind ?urn ?start ?end
                   (GROUP_CONCAT(DISTINCT ?lead; separator="; ") AS ?leads)
            WHERE {
              GRAPH ?doc {
                ?doc ofk:fileName ?file ; ofk:describes ?inspection .
                ?inspection ofk:inspectionKind ?kind ; ofk:inspectedAuthority ?authority .
                OPTIONAL { ?inspection ofk:startDate ?start }
                OPTIONAL { ?inspection ofk:endDate ?end }
                OPTIONAL { ?inspection prov:qualifiedAssociation ?association .
                           ?association prov:hadRole <https://w3id.org/ofsted-kg/def/role/lead-inspector> ;
                                        prov:agent ?agent . ?agent foaf:name ?lead }
              }
              GRAPH <https://w3id.org/ofsted-kg/id/graph/gazetteer> { ?authority ofk:ofstedUrn ?urn }
            } GROUP BY ?file ?kind ?urn ?start ?end""";

    private static final String GRADES = """
            PREFIX ofk: <https://w3id.org/ofsted-kg/def/>
            SELECT ?file ?area ?grade WHERE {
              GRAPH ?doc {
                ?doc ofk:fileName ?file ; ofk:describes ?inspection .
                ?inspection ofk:judgement ?judgement .
                ?judgement ofk:judgementArea ?area ; ofk:grade ?grade .
              }
            }""";

    /** The facts of every document graph, by file name. */
    static Map<String, GraphFacts> byFileName(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, Map<String, String>> grades = new HashMap<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(GRADES).build()) {
                execution.execSelect().forEachRemaining(row -> grades
                        .computeIfAbsent(row.getLiteral("file").getString(), f -> new TreeMap<>())
                        .put(local(row, "area"), local(row, "grade")));
            }
            Map<String, GraphFacts> facts = new HashMap<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(FACTS).build()) {
                execution.execSelect().forEachRemaining(row -> {
                    String file = row.getLiteral("file").getString();
                    facts.put(file, new GraphFacts(local(row, "kind"), row.getLiteral("urn").getString(),
                            lexical(row, "start"), lexical(row, "end"), blankToNull(lexical(row, "leads")),
                            grades.getOrDefault(file, Map.of())));
                });
            }
            return facts;
        });
    }

    private static String local(QuerySolution row, String name) {
        String iri = row.getResource(name).getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String lexical(QuerySolution row, String name) {
        return row.contains(name) ? row.getLiteral(name).getLexicalForm() : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
