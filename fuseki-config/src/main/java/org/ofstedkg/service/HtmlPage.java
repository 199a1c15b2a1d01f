package org.ofstedkg.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;
import org.ofstedkg.ontology.W3c;

/**
 * The HTML page of a resource, readable on its own: its label, what it is, and what the graph says about it, every
 * IRI a link mapped onto this server. An authority's page lists its inspections with their grades; an inspection's
 * its judgements, inspectors, documents, and its findings and improvement items grouped by theme, each linking to the
 * statement (whose description points into its source text) and its document. Every table shows at most the row cap, and says when it stops short.
 */
final class HtmlPage {

    private static final String PREFIXES = """
            PREFIX ofk:  <https://w3id.org/ofsted-kg/def/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private static final String INSPECTIONS_OF_AUTHORITY = PREFIXES + """
            SELECT ?inspection (SAMPLE(?k) AS ?kind) (SAMPLE(?s) AS ?start) (SAMPLE(?e) AS ?end)
                   (GROUP_CONCAT(DISTINCT ?g; separator="; ") AS ?grades)
            WHERE {
              ?inspection ofk:inspectedAuthority ?this .
              OPTIONAL { ?inspection ofk:inspectionKind/skos:prefLabel ?k }
              OPTIONAL { ?inspection ofk:startDate ?s }
              OPTIONAL { ?inspection ofk:endDate ?e }
              OPTIONAL { ?inspection ofk:judgement ?j . ?j ofk:judgementArea/skos:prefLabel ?al ; ofk:grade/skos:prefLabel ?gl .
                         BIND(CONCAT(STR(?al), ": ", STR(?gl)) AS ?g) }
            }
            GROUP BY ?inspection
            ORDER BY DESC(?end) ?inspection
            """;

    private static final String JUDGEMENTS_OF_INSPECTION = PREFIXES + """
            SELECT ?judgement (SAMPLE(?al) AS ?area) (SAMPLE(?gl) AS ?grade)
            WHERE {
              ?this ofk:judgement ?judgement .
              OPTIONAL { ?judgement ofk:judgementArea/skos:prefLabel ?al }
              OPTIONAL { ?judgement ofk:grade/skos:prefLabel ?gl }
            }
            GROUP BY ?judgement
            ORDER BY ?area
            """;

    private static final String INSPECTORS_OF_INSPECTION = PREFIXES + """
            SELECT ?inspector (SAMPLE(?n) AS ?name) (SAMPLE(?rl) AS ?role)
            WHERE {
              ?this prov:qualifiedAssociation ?association .
              ?association prov:agent ?inspector .
              OPTIONAL { ?inspector foaf:name ?n }
              OPTIONAL { ?association prov:hadRole/skos:prefLabel ?rl }
            }
            GROUP BY ?inspector ?association
            ORDER BY ?role ?name
            """;

    private static final String DOCUMENTS_OF_INSPECTION = PREFIXES + """
            SELECT ?document (SAMPLE(?f) AS ?file) (SAMPLE(?t) AS ?type)
            WHERE {
              ?document ofk:describes ?this .
              OPTIONAL { ?document ofk:fileName ?f }
              OPTIONAL { ?document a ?c . ?c rdfs:label ?t }
            }
            GROUP BY ?document
            ORDER BY ?file
            """;

    private static final String STATEMENTS_ABOUT_INSPECTION = PREFIXES + """
            SELECT ?statement (GROUP_CONCAT(DISTINCT ?tl; separator=", ") AS ?themes) (SAMPLE(?cl) AS ?kind)
                   (SAMPLE(?t) AS ?text) (SAMPLE(?d) AS ?source)
            WHERE {
              ?statement ofk:aboutInspection ?this ; ofk:text ?t .
              OPTIONAL { ?statement ofk:theme/skos:prefLabel ?tl }
              OPTIONAL { ?statement a ?c . ?c rdfs:label ?cl . FILTER(?c IN (ofk:Finding, ofk:ImprovementItem, ofk:ListedStrength)) }
              OPTIONAL { ?statement ofk:statedIn ?d }
            }
            GROUP BY ?statement
            ORDER BY ?themes ?statement
            """;

    private final DatasetGraph dataset;
    private final int rowCap;

    HtmlPage(DatasetGraph dataset, int rowCap) {
        this.dataset = dataset;
        this.rowCap = rowCap;
    }

    /** The page of {@code iri}, whose description (with the document's own triples) is given. */
    String render(String iri, Model description) {
        Resource thing = description.getResource(iri);
        String title = label(thing).orElse(iri);
        Html html = Html.page(title).heading(1, title);
        html.paragraph("<code class=\"iri\">" + Html.escape(iri) + "</code>");
        List<String> types = new ArrayList<>();
        thing.listProperties(RDF.type).forEachRemaining(s -> types.add(nodeHtml(s.getObject())));
        if (!types.isEmpty()) {
            html.paragraph("A " + String.join(", ", types));
        }
        if (thing.hasProperty(RDF.type, Ofk.LocalAuthority)) {
            Txn.executeRead(dataset, () -> section(html, "Inspections", INSPECTIONS_OF_AUTHORITY, iri,
                    List.of("inspection", "kind", "start", "end", "grades"),
                    List.of("Inspection", "Kind", "From", "To", "Grades")));
            Statement urn = thing.getProperty(Ofk.ofstedUrn);
            if (urn != null) {
                new AuthorityProfile(dataset).appendTo(html, urn.getString());
            }
        }
        if (thing.hasProperty(RDF.type, Ofk.Inspection)) {
            Txn.executeRead(dataset, () -> {
                section(html, "Judgements", JUDGEMENTS_OF_INSPECTION, iri, List.of("judgement", "area", "grade"),
                        List.of("Judgement", "Area", "Grade"));
                section(html, "Inspectors", INSPECTORS_OF_INSPECTION, iri, List.of("inspector", "name", "role"),
                        List.of("Inspector", "Name", "Role"));
                section(html, "Documents", DOCUMENTS_OF_INSPECTION, iri, List.of("document", "file", "type"),
                        List.of("Document", "File", "Kind"));
                section(html, "Findings and improvement items, by theme", STATEMENTS_ABOUT_INSPECTION, iri,
                        List.of("themes", "kind", "text", "statement", "source"),
                        List.of("Themes", "Kind", "Text", "Statement", "Stated in"));
            });
        }
        html.heading(2, "Description");
        List<Statement> statements = thing.listProperties().toList();
        statements.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                .thenComparing(s -> s.getObject().toString()));
        html.tableStart("Property", "Value");
        int shown = 0;
        for (Statement s : statements) {
            if (s.getPredicate().equals(RDF.type)) {
                continue;
            }
            if (shown++ == rowCap) {
                break;
            }
            html.row(nodeHtml(s.getPredicate()), nodeHtml(s.getObject()));
        }
        html.tableEnd();
        capNote(html, shown > rowCap, statements.size());
        String documentPath = LinkedDataPaths.documentPath(iri).orElseThrow();
        List<String> formats = new ArrayList<>();
        for (Format format : Format.values()) {
            if (format != Format.HTML) {
                formats.add(Html.link(documentPath + "." + format.suffix(), format.label()));
            }
        }
        html.paragraph("This description as " + String.join(", ", formats) + ". Data derived from Ofsted reports, "
                + Html.link(DocumentDescription.LICENCE, "Open Government Licence v3.0") + ". "
                + Html.link("/.well-known/void", "About this dataset") + ".");
        return html.end();
    }

    private void section(Html html, String heading, String query, String iri, List<String> variables,
            List<String> headings) {
        org.apache.jena.query.Query parsed = org.apache.jena.query.QueryFactory.create(query);
        parsed.setLimit(rowCap + 1L);
        Model union = ModelFactory.createModelForGraph(dataset.getUnionGraph());
        try (QueryExecution execution = QueryExecution.model(union).query(parsed)
                .substitution("this", union.createResource(iri)).build()) {
            ResultSet rows = execution.execSelect();
            if (!rows.hasNext()) {
                return;
            }
            html.heading(2, heading).tableStart(headings.toArray(String[]::new));
            int count = 0;
            while (rows.hasNext() && count < rowCap) {
                QuerySolution row = rows.next();
                html.row(variables.stream().map(v -> row.contains(v) ? nodeHtml(row.get(v)) : "").toArray(String[]::new));
                count++;
            }
            html.tableEnd();
            capNote(html, rows.hasNext(), -1);
        }
    }

    private void capNote(Html html, boolean capped, int total) {
        if (capped) {
            html.paragraph("Only the first " + rowCap + (total > 0 ? " of " + total : "")
                    + " rows are shown; the SPARQL endpoint <code>/ds/sparql</code> has them all.");
        }
    }

    private static String nodeHtml(RDFNode node) {
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            return Html.escape(literal.getLexicalForm());
        }
        if (node.isAnon()) {
            Resource blank = node.asResource();
            List<String> parts = new ArrayList<>();
            blank.listProperties().forEachRemaining(s -> parts.add(nodeHtml(s.getPredicate()) + " " + nodeHtml(s.getObject())));
            return String.join("; ", parts);
        }
        Resource resource = node.asResource();
        String iri = resource.getURI();
        String text = label(resource).orElseGet(() -> shortName(resource));
        return Html.link(LinkedDataPaths.localLink(iri), text);
    }

    private static Optional<String> label(Resource resource) {
        for (org.apache.jena.rdf.model.Property p : List.of(SKOS.prefLabel, RDFS.label, W3c.foafName)) {
            Statement s = resource.getProperty(p);
            if (s != null && s.getObject().isLiteral()) {
                return Optional.of(s.getString());
            }
        }
        return Optional.empty();
    }

    private static String shortName(Resource resource) {
        String iri = resource.getURI();
        String abbreviated = resource.getModel() == null ? null : resource.getModel().qnameFor(iri);
        if (abbreviated != null) {
            return abbreviated;
        }
        return iri.startsWith(Iris.BASE) ? iri.substring(Iris.BASE.length()) : iri;
    }
}
