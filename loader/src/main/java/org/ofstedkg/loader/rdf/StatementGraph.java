package org.ofstedkg.loader.rdf;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.ofstedkg.loader.classify.Classification;
import org.ofstedkg.loader.report.Finding;
import org.ofstedkg.loader.report.ImprovementItem;
import org.ofstedkg.loader.report.ListedStrength;
import org.ofstedkg.loader.report.Section;
import org.ofstedkg.loader.statements.ClassifiedStatements;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;
import org.ofstedkg.ontology.Scheme;
import org.ofstedkg.ontology.W3c;

/**
 * Writes a document's statements into its graph: each finding, improvement item and listed strength with its text,
 * document, inspection, section, numbers, polarity, themes with their tags, and its span of the normalised text as a
 * Web Annotation specific resource with a position and a quote selector. Statements are numbered in reading order
 * within their kind; an item is supported by the findings of the paragraphs it cites.
 */
final class StatementGraph {

    private final Node graph;
    private final StreamRDF out;
    private final String sha256;
    private final Node document;
    private final Node inspection;
    private final String text;
    private final List<Section> sections;

    StatementGraph(Node graph, StreamRDF out, String sha256, Node inspection, String text, List<Section> sections) {
        this.graph = graph;
        this.out = out;
        this.sha256 = sha256;
        this.document = NodeFactory.createURI(Iris.document(sha256));
        this.inspection = inspection;
        this.text = text;
        this.sections = sections;
    }

    void write(ClassifiedStatements classified) {
        List<Finding> findings = classified.statements().findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Node node = statement(Ofk.Finding, "finding", i, finding.text(), finding.start(), finding.end(),
                    finding.page(), classified.findings().get(i));
            literal(node, Ofk.paragraphNumber, finding.paragraphNumber());
        }
        List<ImprovementItem> items = classified.statements().improvementItems();
        for (int i = 0; i < items.size(); i++) {
            ImprovementItem item = items.get(i);
            Node node = statement(Ofk.ImprovementItem, "improvement", i, item.text(), item.start(), item.end(),
                    item.page(), classified.improvementItems().get(i));
            literal(node, Ofk.itemNumber, item.number());
            item.citedParagraphs().forEach(number -> literal(node, Ofk.citesParagraph, number));
            for (int f : classified.supportingFindings(item)) {
                quad(node, Ofk.supportedBy, part("finding", f));
            }
        }
        List<ListedStrength> strengths = classified.statements().strengths();
        for (int i = 0; i < strengths.size(); i++) {
            ListedStrength strength = strengths.get(i);
            Node node = statement(Ofk.ListedStrength, "strength", i, strength.text(), strength.start(),
                    strength.end(), strength.page(), classified.strengths().get(i));
            literal(node, Ofk.itemNumber, strength.number());
            strength.citedParagraphs().forEach(number -> literal(node, Ofk.citesParagraph, number));
        }
    }

    private Node statement(Resource type, String kind, int index, String words, int start, int end, int page,
            Classification classification) {
        Node node = part(kind, index);
        quad(node, RDF.type, type.asNode());
        literal(node, Ofk.text, words);
        quad(node, Ofk.statedIn, document);
        quad(node, Ofk.aboutInspection, inspection);
        Node section = sectionAt(start);
        if (section != null) {
            quad(node, Ofk.section, section);
        }
        quad(node, Ofk.polarity, NodeFactory.createURI(Iris.concept(Scheme.POLARITY, classification.polarity())));
        for (Classification.ThemeTag tag : classification.themes()) {
            Node theme = NodeFactory.createURI(Iris.concept(Scheme.THEME, tag.themeId()));
            Node tagNode = NodeFactory.createURI(Iris.themeTag(node.getURI(), tag.themeId()));
            quad(node, Ofk.theme, theme);
            quad(node, Ofk.themeTag, tagNode);
            quad(tagNode, RDF.type, Ofk.ThemeTag.asNode());
            quad(tagNode, Ofk.theme, theme);
            literal(tagNode, Ofk.matchedBy, tag.matchedBy());
            literal(tagNode, Ofk.matchedText, tag.matchedText());
        }
        writeSpan(node, start, end, page);
        return node;
    }

    private void writeSpan(Node statement, int start, int end, int page) {
        Node span = NodeFactory.createURI(Iris.textSpan(statement.getURI()));
        Node position = NodeFactory.createURI(Iris.textSelector(statement.getURI(), "position"));
        Node quote = NodeFactory.createURI(Iris.textSelector(statement.getURI(), "quote"));
        quad(statement, Ofk.textSpan, span);
        quad(span, RDF.type, W3c.oaSpecificResource.asNode());
        quad(span, W3c.oaHasSource, document);
        quad(span, W3c.oaHasSelector, position);
        quad(span, W3c.oaHasSelector, quote);
        quad(position, RDF.type, W3c.oaTextPositionSelector.asNode());
        quad(position, W3c.oaStart, NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDnonNegativeInteger));
        quad(position, W3c.oaEnd, NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger));
        quad(quote, RDF.type, W3c.oaTextQuoteSelector.asNode());
        literal(quote, W3c.oaExact, text.substring(start, end));
        if (page > 0) {
            Node pageNumber = NodeFactory.createLiteralDT(Integer.toString(page), XSDDatatype.XSDinteger);
            quad(position, Ofk.page, pageNumber);
            quad(quote, Ofk.page, pageNumber);
        }
    }

    /** The section whose span holds {@code offset}: sections are numbered from 1 in reading order. */
    private Node sectionAt(int offset) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).start() <= offset && offset < sections.get(i).end()) {
                return NodeFactory.createURI(Iris.documentPart(sha256, "section", i + 1));
            }
        }
        return null;
    }

    private Node part(String kind, int index) {
        return NodeFactory.createURI(Iris.documentPart(sha256, kind, index + 1));
    }

    private void quad(Node subject, Property property, Node object) {
        out.quad(Quad.create(graph, subject, property.asNode(), object));
    }

    private void literal(Node subject, Property property, String value) {
        if (value != null && !value.isBlank()) {
            quad(subject, property, NodeFactory.createLiteralString(value));
        }
    }
}
