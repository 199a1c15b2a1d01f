package org.ofstedkg.ontology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The ontology and its vocabularies as one self-contained HTML page for people: every class with its superclasses,
 * every property with its domain and range, and every concept scheme with its concepts. Each term has an anchor
 * (an ontology term by its local name, {@code #LocalAuthority}; a scheme as {@code #scheme-grade}; a concept as
 * {@code #grade-good}), and everything is listed in a stable order so that the page changes only when the ontology
 * does. The build writes it to {@code target/site/ontology.html}.
 */
public final class OntologyPage {

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("ofk", Ofk.NS);
        PREFIXES.put("rdf", RDF.uri);
        PREFIXES.put("rdfs", RDFS.uri);
        PREFIXES.put("owl", OWL2.NS);
        PREFIXES.put("xsd", XSD.NS);
        PREFIXES.put("skos", SKOS.uri);
        PREFIXES.put("dcterms", DCTerms.NS);
        PREFIXES.put("org", W3c.ORG);
        PREFIXES.put("prov", W3c.PROV);
        PREFIXES.put("oa", W3c.OA);
        PREFIXES.put("foaf", W3c.FOAF);
        PREFIXES.put("vann", "http://purl.org/vocab/vann/");
    }

    private static final Map<Resource, String> PROPERTY_KINDS = new LinkedHashMap<>();

    static {
        PROPERTY_KINDS.put(OWL2.ObjectProperty, "Object properties");
        PROPERTY_KINDS.put(OWL2.DatatypeProperty, "Datatype properties");
        PROPERTY_KINDS.put(OWL2.AnnotationProperty, "Annotation properties");
    }

    private static final List<Property> MAPPINGS =
            List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch);

    private final Model ontology;
    private final Model vocabularies;
    private final StringBuilder html = new StringBuilder();

    private OntologyPage(Model ontology, Model vocabularies) {
        this.ontology = ontology;
        this.vocabularies = vocabularies;
    }

    /** Writes the page for the ontology and vocabularies on the class path to the file named by the one argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: OntologyPage <output.html>");
            System.exit(2);
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, render(OntologyResources.ontology(), OntologyResources.vocabularies()),
                StandardCharsets.UTF_8);
        System.out.println("Wrote " + out);
    }

    /**
     * The page for the ontology and its vocabularies. They come apart because a scheme may share its IRI with an
     * ontology property (def/grade is both), and each should be described by its own statements.
     */
    public static String render(Model ontology, Model vocabularies) {
        return new OntologyPage(ontology, vocabularies).page();
    }

    private String page() {
        Resource description = ontology.createResource(Iris.ONTOLOGY);
        String title = text(description, DCTerms.title, "ofsted-kg ontology");
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;"
                        + "line-height:1.45;color:#222}\n")
                .append("code{font-size:.95em}table{border-collapse:collapse;width:100%;margin:1rem 0}\n")
                .append("th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}\n")
                .append("th{background:#f3f3f3}section.term{border-top:1px solid #ddd;padding-top:.5rem}\n")
                .append("dt{font-weight:600}dd{margin:0 0 .4rem 1.5rem}.note{color:#555;font-size:.9em}\n")
                .append("</style>\n</head>\n<body>\n");
        header(description, title);
        contents();
        classes();
        PROPERTY_KINDS.forEach(this::properties);
        reusedTerms();
        for (Scheme scheme : Scheme.values()) {
            scheme(scheme);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void header(Resource description, String title) {
        html.append("<h1>").append(esc(title)).append("</h1>\n");
        para(text(description, DCTerms.description, ""));
        para(text(description, RDFS.comment, ""));
        html.append("<dl>\n");
        definition("Ontology IRI", link(Iris.ONTOLOGY, Iris.ONTOLOGY));
        Statement version = description.getProperty(OWL2.versionIRI);
        if (version != null) {
            definition("Version IRI", link(version.getResource().getURI(), version.getResource().getURI()));
        }
        definition("Namespace", "<code>" + esc(Ofk.NS) + "</code>, prefix <code>ofk</code>");
        Statement license = description.getProperty(DCTerms.license);
        if (license != null) {
            definition("License", node(license.getObject()));
        }
        definition("Creator", esc(text(description, DCTerms.creator, "")));
        definition("Created", esc(text(description, DCTerms.created, "")));
        html.append("</dl>\n");
    }

    private void contents() {
        html.append("<h2>Contents</h2>\n<ul>\n<li><a href=\"#classes\">Classes</a></li>\n");
        PROPERTY_KINDS.forEach((kind, heading) -> html.append("<li><a href=\"#").append(sectionId(kind))
                .append("\">").append(heading).append("</a></li>\n"));
        html.append("<li><a href=\"#reused\">Reused terms</a></li>\n");
        for (Scheme scheme : Scheme.values()) {
            html.append("<li><a href=\"#scheme-").append(scheme.localName()).append("\">")
                    .append(esc(text(vocabularies.createResource(scheme.iri()), SKOS.prefLabel, scheme.localName())))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n");
    }

    private void classes() {
        html.append("<h2 id=\"classes\">Classes</h2>\n");
        for (Resource cls : ownTerms(OWL2.Class)) {
            termHeading(cls, "Class");
            html.append("<dl>\n");
            List<String> supers = new ArrayList<>();
            cls.listProperties(RDFS.subClassOf).forEach(s -> supers.add(node(s.getObject())));
            definitionList("Subclass of", sorted(supers));
            List<String> subs = new ArrayList<>();
            ontology.listSubjectsWithProperty(RDFS.subClassOf, cls).forEach(s -> subs.add(node(s)));
            definitionList("Superclass of", sorted(subs));
            definitionList("Disjoint with", sorted(disjointWith(cls)));
            html.append("</dl>\n</section>\n");
        }
    }

    private void properties(Resource kind, String heading) {
        html.append("<h2 id=\"").append(sectionId(kind)).append("\">").append(heading).append("</h2>\n");
        List<Resource> terms = ownTerms(kind);
        if (terms.isEmpty()) {
            html.append("<p>None: the ontology's own properties are all object or datatype properties, so that "
                    + "the vocabularies' concepts can be described in OWL 2 DL.</p>\n");
        }
        for (Resource property : terms) {
            termHeading(property, kind.getLocalName().replace("Property", " property"));
            html.append("<dl>\n");
            definitionList("Domain", values(property, RDFS.domain));
            definitionList("Range", values(property, RDFS.range));
            definitionList("Sub-property of", values(property, RDFS.subPropertyOf));
            definitionList("Inverse of", values(property, OWL2.inverseOf));
            List<String> characteristics = new ArrayList<>();
            for (Resource characteristic : List.of(OWL2.FunctionalProperty, OWL2.InverseFunctionalProperty,
                    OWL2.TransitiveProperty, OWL2.SymmetricProperty, OWL2.AsymmetricProperty,
                    OWL2.ReflexiveProperty, OWL2.IrreflexiveProperty)) {
                if (property.hasProperty(RDF.type, characteristic)) {
                    characteristics.add(esc(characteristic.getLocalName().replace("Property", "")));
                }
            }
            definitionList("Characteristics", characteristics);
            html.append("</dl>\n</section>\n");
        }
    }

    private void reusedTerms() {
        html.append("<h2 id=\"reused\">Reused terms</h2>\n<p>Terms of other vocabularies the ontology uses, "
                + "declared with the kind it uses them as.</p>\n<table>\n<tr><th>Term</th><th>Kind</th></tr>\n");
        Map<String, String> rows = new TreeMap<>();
        for (Resource kind : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty,
                RDFS.Datatype)) {
            for (Resource term : ontology.listSubjectsWithProperty(RDF.type, kind).toList()) {
                if (term.isURIResource() && !term.getURI().startsWith(Ofk.NS)) {
                    rows.put(shortName(term.getURI()), kind.getLocalName());
                }
            }
        }
        rows.forEach((term, kind) -> html.append("<tr><td><code>").append(esc(term)).append("</code></td><td>")
                .append(esc(kind)).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    private void scheme(Scheme scheme) {
        Resource schemeNode = vocabularies.createResource(scheme.iri());
        List<Resource> concepts = hierarchy(schemeNode);
        boolean ranked = concepts.stream().anyMatch(c -> c.hasProperty(Ofk.rank));
        boolean framed = concepts.stream().anyMatch(c -> c.hasProperty(Ofk.framework));
        boolean mapped = concepts.stream().anyMatch(c -> MAPPINGS.stream().anyMatch(c::hasProperty));
        html.append("<h2 id=\"scheme-").append(scheme.localName()).append("\">")
                .append(esc(text(schemeNode, SKOS.prefLabel, scheme.localName()))).append("</h2>\n");
        html.append("<p><code>").append(esc(scheme.iri())).append("</code></p>\n");
        para(text(schemeNode, SKOS.definition, ""));
        html.append("<table>\n<tr><th>Concept</th><th>Label</th><th>Definition</th><th>Broader</th>");
        if (ranked) {
            html.append("<th>Rank</th>");
        }
        if (framed) {
            html.append("<th>Framework</th>");
        }
        if (mapped) {
            html.append("<th>Mappings</th>");
        }
        html.append("<th>Also printed as</th></tr>\n");
        for (Resource concept : concepts) {
            String notation = text(concept, SKOS.notation, concept.getURI());
            html.append("<tr id=\"").append(esc(anchor(concept.getURI()))).append("\"><td><code>")
                    .append(esc(notation)).append("</code></td><td>")
                    .append(esc(text(concept, SKOS.prefLabel, ""))).append("</td><td>")
                    .append(esc(text(concept, SKOS.definition, "")));
            String scope = text(concept, SKOS.scopeNote, "");
            if (!scope.isEmpty()) {
                html.append(concept.hasProperty(SKOS.definition) ? "<br><span class=\"note\">" : "<span>")
                        .append(esc(scope)).append("</span>");
            }
            html.append("</td><td>").append(String.join(", ", values(concept, SKOS.broader))).append("</td>");
            if (ranked) {
                html.append("<td>").append(esc(text(concept, Ofk.rank, ""))).append("</td>");
            }
            if (framed) {
                html.append("<td>").append(String.join(", ", values(concept, Ofk.framework))).append("</td>");
            }
            if (mapped) {
                List<String> mappings = new ArrayList<>();
                for (Property mapping : MAPPINGS) {
                    for (String target : values(concept, mapping)) {
                        mappings.add(esc(mapping.getLocalName()) + " " + target);
                    }
                }
                html.append("<td>").append(String.join("<br>", mappings)).append("</td>");
            }
            Set<String> printed = new TreeSet<>();
            concept.listProperties(SKOS.altLabel).forEach(s -> printed.add(s.getString()));
            html.append("<td>").append(esc(String.join("; ", printed))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    // Top concepts first, each followed by its narrower concepts, ordered by rank where there is one and then by
    // notation, so that grades read best first and everything else alphabetically.
    private List<Resource> hierarchy(Resource schemeNode) {
        List<Resource> members = vocabularies.listSubjectsWithProperty(SKOS.inScheme, schemeNode).toList();
        Comparator<Resource> order = Comparator
                .comparingInt((Resource c) -> c.hasProperty(Ofk.rank) ? c.getProperty(Ofk.rank).getInt() : Integer.MAX_VALUE)
                .thenComparing(c -> text(c, SKOS.notation, c.getURI()));
        Set<Resource> ordered = new LinkedHashSet<>();
        members.stream().filter(c -> !c.hasProperty(SKOS.broader)).sorted(order)
                .forEach(top -> addWithNarrower(top, members, order, ordered));
        members.stream().sorted(order).forEach(ordered::add);
        return new ArrayList<>(ordered);
    }

    private void addWithNarrower(Resource concept, List<Resource> members, Comparator<Resource> order,
            Set<Resource> ordered) {
        if (!ordered.add(concept)) {
            return;
        }
        members.stream().filter(c -> c.hasProperty(SKOS.broader, concept)).sorted(order)
                .forEach(child -> addWithNarrower(child, members, order, ordered));
    }

    private void termHeading(Resource term, String kind) {
        String local = term.getURI().substring(Ofk.NS.length());
        html.append("<section class=\"term\" id=\"").append(esc(local)).append("\">\n<h3>")
                .append(esc(text(term, RDFS.label, local))).append(" <code>ofk:").append(esc(local))
                .append("</code></h3>\n<p class=\"note\">").append(esc(kind)).append(" <code>")
                .append(esc(term.getURI())).append("</code></p>\n");
        para(text(term, SKOS.definition, ""));
        para(text(term, RDFS.comment, ""));
    }

    private List<Resource> ownTerms(Resource kind) {
        return ontology.listSubjectsWithProperty(RDF.type, kind).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Ofk.NS)
                        && !r.getURI().substring(Ofk.NS.length()).contains("/"))
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    private List<String> disjointWith(Resource cls) {
        List<String> disjoint = new ArrayList<>();
        cls.listProperties(OWL2.disjointWith).forEach(s -> disjoint.add(node(s.getObject())));
        ontology.listSubjectsWithProperty(OWL2.disjointWith, cls).forEach(r -> disjoint.add(node(r)));
        for (Resource group : ontology.listSubjectsWithProperty(RDF.type, OWL2.AllDisjointClasses).toList()) {
            Statement members = group.getProperty(OWL2.members);
            if (members != null) {
                List<RDFNode> list = members.getObject().as(RDFList.class).asJavaList();
                if (list.contains(cls)) {
                    list.stream().filter(m -> !m.equals(cls)).forEach(m -> disjoint.add(node(m)));
                }
            }
        }
        return disjoint;
    }

    private List<String> values(Resource subject, Property property) {
        List<String> values = new ArrayList<>();
        subject.listProperties(property).forEach(s -> values.add(node(s.getObject())));
        return sorted(values);
    }

    /** A term as HTML: a link within the page for the project's own terms, else its IRI, shortened where possible. */
    private String node(RDFNode node) {
        if (node.isLiteral()) {
            return esc(node.asLiteral().getLexicalForm());
        }
        Resource resource = node.asResource();
        if (resource.isAnon()) {
            Statement union = resource.getProperty(OWL2.unionOf);
            if (union != null) {
                List<String> members = new ArrayList<>();
                union.getObject().as(RDFList.class).asJavaList().forEach(m -> members.add(node(m)));
                return String.join(" or ", members);
            }
            return "(an anonymous class)";
        }
        String iri = resource.getURI();
        if (iri.startsWith(Iris.DEF)) {
            return "<a href=\"#" + esc(anchor(iri)) + "\"><code>" + esc(shortName(iri)) + "</code></a>";
        }
        return link(iri, shortName(iri));
    }

    private static String anchor(String iri) {
        return iri.substring(Iris.DEF.length()).replace('/', '-');
    }

    private static String shortName(String iri) {
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            String local = iri.substring(Math.min(iri.length(), prefix.getValue().length()));
            if (iri.startsWith(prefix.getValue()) && !local.isEmpty() && !local.contains("/")) {
                return prefix.getKey() + ":" + local;
            }
        }
        return iri.startsWith(Iris.DEF) ? iri.substring(Iris.DEF.length()) : iri;
    }

    private static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\"><code>" + esc(text) + "</code></a>";
    }

    private static String sectionId(Resource kind) {
        return kind.getLocalName().replace("Property", "").toLowerCase(Locale.ROOT) + "-properties";
    }

    private static String text(Resource subject, Property property, String fallback) {
        List<Statement> statements = subject.listProperties(property).toList();
        return statements.stream()
                .filter(s -> s.getObject().isLiteral())
                .sorted(Comparator.comparing((Statement s) -> !"en".equals(s.getLanguage()))
                        .thenComparing(s -> s.getObject().asLiteral().getLexicalForm()))
                .map(s -> s.getObject().asLiteral().getLexicalForm())
                .findFirst().orElse(fallback);
    }

    private void para(String text) {
        if (!text.isEmpty()) {
            html.append("<p>").append(esc(text)).append("</p>\n");
        }
    }

    private void definition(String term, String valueHtml) {
        html.append("<dt>").append(esc(term)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    private void definitionList(String term, List<String> valuesHtml) {
        if (!valuesHtml.isEmpty()) {
            definition(term, String.join(", ", valuesHtml));
        }
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().distinct().sorted().toList();
    }

    /** Escapes text for HTML content and double- or single-quoted attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
