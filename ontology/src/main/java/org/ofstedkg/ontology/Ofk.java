package org.ofstedkg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The ofsted-kg ontology's own classes and properties, mirrored as Jena terms for code that writes or reads the
 * graph. The ontology ({@code ontology/ofsted.ttl}) is the truth; a test fails when this class and it drift apart.
 * Terms the ontology reuses from W3C vocabularies (ORG, PROV-O, SKOS, DCTERMS, Web Annotation) are used through
 * Jena's own vocabulary classes or {@link W3c}.
 */
public final class Ofk {

    /** The namespace of ontology terms. */
    public static final String NS = Iris.DEF;

    // Authorities and geography
    public static final Resource LocalAuthority = cls("LocalAuthority");
    public static final Resource Region = cls("Region");
    public static final Resource Reorganisation = cls("Reorganisation");
    public static final Property ofstedUrn = prop("ofstedUrn");
    public static final Property dfeCode = prop("dfeCode");
    public static final Property gssCode = prop("gssCode");
    public static final Property region = prop("region");
    public static final Property authorityType = prop("authorityType");
    public static final Property statisticalNeighbour = prop("statisticalNeighbour");
    public static final Property predecessor = prop("predecessor");
    public static final Property successor = prop("successor");

    // Inspections and judgements
    public static final Resource Inspection = cls("Inspection");
    public static final Resource Judgement = cls("Judgement");
    public static final Property inspectionKind = prop("inspectionKind");
    public static final Property inspectedAuthority = prop("inspectedAuthority");
    public static final Property startDate = prop("startDate");
    public static final Property endDate = prop("endDate");
    public static final Property publicationDate = prop("publicationDate");
    public static final Property judgement = prop("judgement");
    public static final Property judgementArea = prop("judgementArea");
    public static final Property grade = prop("grade");
    public static final Property gradeAsPrinted = prop("gradeAsPrinted");

    // People
    public static final Resource Inspector = cls("Inspector");
    public static final Resource Mention = cls("Mention");
    public static final Property titleAsPrinted = prop("titleAsPrinted");
    public static final Property roleAsPrinted = prop("roleAsPrinted");
    public static final Property mentions = prop("mentions");
    public static final Property person = prop("person");
    public static final Property organisationAsPrinted = prop("organisationAsPrinted");

    // Documents and their structure
    public static final Resource SourceDocument = cls("SourceDocument");
    public static final Resource OfstedDocument = cls("OfstedDocument");
    public static final Resource InspectionReport = cls("InspectionReport");
    public static final Resource InspectionLetter = cls("InspectionLetter");
    public static final Resource SecondarySource = cls("SecondarySource");
    public static final Resource CommitteeReport = cls("CommitteeReport");
    public static final Resource Section = cls("Section");
    public static final Property describes = prop("describes");
    public static final Property fileName = prop("fileName");
    public static final Property sha256 = prop("sha256");
    public static final Property pageCount = prop("pageCount");
    public static final Property section = prop("section");
    public static final Property sectionOf = prop("sectionOf");
    public static final Property ordinal = prop("ordinal");
    public static final Property page = prop("page");

    // Statements: findings, improvement items, listed strengths
    public static final Resource Statement = cls("Statement");
    public static final Resource Finding = cls("Finding");
    public static final Resource ImprovementItem = cls("ImprovementItem");
    public static final Resource ListedStrength = cls("ListedStrength");
    public static final Resource ThemeTag = cls("ThemeTag");
    public static final Property text = prop("text");
    public static final Property statedIn = prop("statedIn");
    public static final Property aboutInspection = prop("aboutInspection");
    public static final Property paragraphNumber = prop("paragraphNumber");
    public static final Property itemNumber = prop("itemNumber");
    public static final Property citesParagraph = prop("citesParagraph");
    public static final Property supportedBy = prop("supportedBy");
    public static final Property polarity = prop("polarity");
    public static final Property theme = prop("theme");
    public static final Property themeTag = prop("themeTag");
    public static final Property matchedBy = prop("matchedBy");
    public static final Property matchedText = prop("matchedText");
    public static final Property textSpan = prop("textSpan");

    // Derived facts
    public static final Resource WeaknessTheme = cls("WeaknessTheme");
    public static final Resource RecurringWeakness = cls("RecurringWeakness");
    public static final Property weakIn = prop("weakIn");
    public static final Property weakAt = prop("weakAt");
    public static final Property recursIn = prop("recursIn");
    public static final Property evidence = prop("evidence");
    public static final Property exampleEvidence = prop("exampleEvidence");
    public static final Property improvementItemCount = prop("improvementItemCount");
    public static final Property weaknessFindingCount = prop("weaknessFindingCount");
    public static final Property inspectionCount = prop("inspectionCount");
    public static final Resource InspectionRecord = cls("InspectionRecord");
    public static final Resource AcceptedJudgement = cls("AcceptedJudgement");
    public static final Property recordOf = prop("recordOf");
    public static final Property acceptedKind = prop("acceptedKind");
    public static final Property acceptedStartDate = prop("acceptedStartDate");
    public static final Property acceptedEndDate = prop("acceptedEndDate");
    public static final Property acceptedPublicationDate = prop("acceptedPublicationDate");
    public static final Property acceptedJudgement = prop("acceptedJudgement");
    public static final Property acceptedGrade = prop("acceptedGrade");
    public static final Property statedBy = prop("statedBy");

    // Vocabulary annotations: how concepts relate across frameworks and to the text
    public static final Property rank = prop("rank");
    public static final Property framework = prop("framework");
    public static final Property matchPattern = prop("matchPattern");

    private Ofk() {}

    private static Resource cls(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property prop(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
