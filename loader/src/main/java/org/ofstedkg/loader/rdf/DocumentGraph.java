package org.ofstedkg.loader.rdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ofstedkg.loader.report.InspectionFacts;
import org.ofstedkg.loader.report.Judgement;
import org.ofstedkg.loader.report.PersonMention;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.report.Section;
import org.ofstedkg.loader.report.TeamMember;
import org.ofstedkg.loader.statements.ClassifiedStatements;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;
import org.ofstedkg.ontology.Scheme;
import org.ofstedkg.ontology.W3c;

/**
 * The one stage that turns a document's domain records into RDF: quads in the document's own named graph, sent to
 * a {@link StreamRDF} so that the same path feeds TDB2, a file or a test.
 *
 * <p>The graph holds what the document says (the inspection node, its judgements and team as this document
 * states them), the document's own description, its normalised text as a NIF context (so that text selectors
 * resolve), and how the graph was made (PROV: the loader's version, the extractor, the time).
 */
public final class DocumentGraph {

    private final String loaderVersion;

    /** A writer that records {@code loaderVersion} as the software that made each graph. */
    public DocumentGraph(String loaderVersion) {
        this.loaderVersion = loaderVersion;
    }

    /**
     * Sends the graph of one document.
     *
     * @param document what the document says
     * @param inspectionIri the inspection it describes, as the identity rule resolved it
     * @param text the document's normalised text
     * @param extractor the name of the extractor that read it
     * @param copyOfDocumentIri the loaded document this one copies, or null
     * @param loadedAt when it was loaded
     */
    public void write(ReportDocument document, String inspectionIri, String text, String extractor,
            String copyOfDocumentIri, Instant loadedAt, StreamRDF out) {
        write(document, ClassifiedStatements.NONE, inspectionIri, text, extractor, copyOfDocumentIri, loadedAt, out);
    }

    /**
     * Sends the graph of one document with what it states.
     *
     * @param document what the document says
     * @param statements its findings, improvement items and listed strengths, classified
     * @param inspectionIri the inspection it describes, as the identity rule resolved it
     * @param text the document's normalised text, into which the statements' offsets point
     * @param extractor the name of the extractor that read it
     * @param copyOfDocumentIri the loaded document this one copies, or null
     * @param loadedAt when it was loaded
     */
    public void write(ReportDocument document, ClassifiedStatements statements, String inspectionIri, String text,
            String extractor, String copyOfDocumentIri, Instant loadedAt, StreamRDF out) {
        Writer w = new Writer(NodeFactory.createURI(Iris.documentGraph(document.sha256())), out);
        Node doc = NodeFactory.createURI(Iris.document(document.sha256()));
        Node inspection = NodeFactory.createURI(inspectionIri);

        w.type(doc, switch (document.kind()) {
            case INSPECTION_REPORT -> Ofk.InspectionReport;
            case INSPECTION_LETTER -> Ofk.InspectionLetter;
            case COMMITTEE_REPORT -> Ofk.CommitteeReport;
        });
        w.literal(doc, Ofk.fileName, document.fileName());
        w.literal(doc, Ofk.sha256, document.sha256());
        w.literal(doc, DCTerms.format, document.mediaType());
        if (document.pageCount() > 0) {
            w.typed(doc, Ofk.pageCount, Integer.toString(document.pageCount()), XSDDatatype.XSDinteger);
        }
        if (document.title() != null) {
            w.literal(doc, DCTerms.title, document.title());
        }
        w.literal(doc, RDFS.label, document.fileName());
        w.date(doc, DCTerms.date, document.documentDate());
        w.link(doc, Ofk.describes, inspection);
        if (copyOfDocumentIri != null) {
            w.link(doc, W3c.provAlternateOf, NodeFactory.createURI(copyOfDocumentIri));
        }
        Node context = NodeFactory.createURI(Iris.documentText(document.sha256()));
        w.type(context, W3c.nifContext);
        w.literal(context, W3c.nifIsString, text);
        w.link(context, W3c.provWasDerivedFrom, doc);

        writeInspection(w, document.inspection(), inspection);
        int ordinal = 0;
        for (PersonMention mention : document.people()) {
            Node node = NodeFactory.createURI(Iris.documentPart(document.sha256(), "mention", ++ordinal));
            Node person = NodeFactory.createURI(Iris.person(mention.name()));
            w.link(doc, Ofk.mentions, node);
            w.type(node, Ofk.Mention);
            w.link(node, Ofk.person, person);
            w.link(node, W3c.provHadRole, concept(Scheme.ROLE, mention.roleId()));
            w.literal(node, Ofk.roleAsPrinted, mention.roleAsPrinted());
            w.literal(node, Ofk.organisationAsPrinted, mention.organisationAsPrinted());
            w.type(person, W3c.foafPerson);
            w.literal(person, W3c.foafName, mention.name());
            w.literal(person, RDFS.label, mention.name());
        }
        ordinal = 0;
        for (Section section : document.sections()) {
            Node node = NodeFactory.createURI(Iris.documentPart(document.sha256(), "section", ++ordinal));
            w.link(doc, Ofk.section, node);
            w.type(node, Ofk.Section);
            w.link(node, Ofk.sectionOf, doc);
            w.literal(node, DCTerms.title, section.heading());
            w.typed(node, Ofk.ordinal, Integer.toString(ordinal), XSDDatatype.XSDinteger);
            if (section.areaId() != null) {
                w.link(node, Ofk.judgementArea, concept(Scheme.JUDGEMENT_AREA, section.areaId()));
            }
            if (section.page() > 0) {
                w.typed(node, Ofk.page, Integer.toString(section.page()), XSDDatatype.XSDinteger);
            }
        }

        new StatementGraph(w.graph(), out, document.sha256(), inspection, text, document.sections()).write(statements);

        Node load = NodeFactory.createURI(Iris.documentLoad(document.sha256()));
        Node software = NodeFactory.createURI(Iris.loaderSoftware(loaderVersion));
        w.link(doc, W3c.provWasGeneratedBy, load);
        w.type(load, W3c.provActivity);
        w.literal(load, RDFS.label, "Loaded by " + extractor + " of ofsted-kg loader " + loaderVersion);
        w.link(load, W3c.provWasAssociatedWith, software);
        w.typed(load, W3c.provStartedAtTime, loadedAt.toString(), XSDDatatype.XSDdateTime);
        w.type(software, W3c.provSoftwareAgent);
        w.literal(software, RDFS.label, "ofsted-kg loader " + loaderVersion);
    }

    private static void writeInspection(Writer w, InspectionFacts facts, Node inspection) {
        w.type(inspection, Ofk.Inspection);
        w.link(inspection, Ofk.inspectionKind, concept(Scheme.INSPECTION_KIND, facts.kindId()));
        w.link(inspection, Ofk.inspectedAuthority, NodeFactory.createURI(facts.authority().iri()));
        w.date(inspection, Ofk.startDate, facts.startDate());
        w.date(inspection, Ofk.endDate, facts.endDate());
        w.date(inspection, Ofk.publicationDate, facts.publicationDate());
        w.literal(inspection, RDFS.label, label(facts));
        w.literal(inspection, RDFS.comment, "Kind told from: " + facts.kindBasis());
        for (Judgement judgement : facts.judgements()) {
            Node node = NodeFactory.createURI(Iris.judgement(inspection.getURI(), judgement.areaId()));
            w.link(inspection, Ofk.judgement, node);
            w.type(node, Ofk.Judgement);
            w.link(node, Ofk.judgementArea, concept(Scheme.JUDGEMENT_AREA, judgement.areaId()));
            w.link(node, Ofk.grade, concept(Scheme.GRADE, judgement.gradeId()));
            w.literal(node, Ofk.gradeAsPrinted, judgement.gradeAsPrinted());
        }
        for (TeamMember member : facts.team()) {
            Node association = NodeFactory.createURI(Iris.association(inspection.getURI(), member.roleId(), member.name()));
            Node inspector = NodeFactory.createURI(Iris.inspector(member.name()));
            w.link(inspection, W3c.provQualifiedAssociation, association);
            w.link(inspection, W3c.provWasAssociatedWith, inspector);
            w.type(association, W3c.provAssociation);
            w.link(association, W3c.provAgent, inspector);
            w.link(association, W3c.provHadRole, concept(Scheme.ROLE, member.roleId()));
            w.literal(association, Ofk.roleAsPrinted, member.roleAsPrinted());
            w.literal(association, Ofk.titleAsPrinted, member.titleAsPrinted());
            w.type(inspector, Ofk.Inspector);
            w.literal(inspector, W3c.foafName, member.name());
            w.literal(inspector, RDFS.label, member.name());
        }
    }

    private static String label(InspectionFacts facts) {
        String when = facts.endDate() != null ? facts.endDate().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                + " " + facts.endDate().getYear() : "undated";
        return facts.kindId() + " inspection of " + facts.authority().name() + ", " + when;
    }

    private static Node concept(Scheme scheme, String localName) {
        return NodeFactory.createURI(Iris.concept(scheme, localName));
    }

    /** Writes triples of one graph, skipping absent values. */
    private record Writer(Node graph, StreamRDF out) {

        void type(Node subject, Resource type) {
            out.quad(Quad.create(graph, subject, RDF.type.asNode(), type.asNode()));
        }

        void link(Node subject, Property property, Node object) {
            out.quad(Quad.create(graph, subject, property.asNode(), object));
        }

        void literal(Node subject, Property property, String value) {
            if (value != null && !value.isBlank()) {
                out.quad(Quad.create(graph, subject, property.asNode(), NodeFactory.createLiteralString(value)));
            }
        }

        void typed(Node subject, Property property, String lexical, XSDDatatype type) {
            out.quad(Quad.create(graph, subject, property.asNode(), NodeFactory.createLiteralDT(lexical, type)));
        }

        void date(Node subject, Property property, LocalDate date) {
            if (date != null) {
                typed(subject, property, date.toString(), XSDDatatype.XSDdate);
            }
        }
    }
}
