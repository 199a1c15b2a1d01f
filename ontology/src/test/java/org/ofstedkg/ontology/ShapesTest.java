package org.ofstedkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SHACL shapes accept a complete, valid example about a fictional authority and reject each file of
 * {@code shapes/bad/} for its one named defect: the focus node, the path and the kind of constraint.
 */
class ShapesTest {

    private static final String DOCUMENT = "https://w3id.org/ofsted-kg/id/document/0123456789abcdef";
    private static final String INSPECTION = "https://w3id.org/ofsted-kg/id/inspection/99999/ilacs/2025-03-14";
    private static final String OFK = Ofk.NS;
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        shapes = Shapes.parse(OntologyResources.shapes().getGraph());
    }

    @Test
    void shapesTargetEveryClassTheLoaderWrites() {
        Set<String> targets = shapes.getTargetShapes().stream()
                .flatMap(shape -> shape.getTargets().stream())
                .map(target -> target.getObject().getURI())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(targets.containsAll(Set.of(OFK + "LocalAuthority", OFK + "Region", OFK + "Reorganisation",
                OFK + "Inspection", OFK + "Judgement", OFK + "Inspector", OFK + "Mention", OFK + "SourceDocument",
                OFK + "InspectionReport", OFK + "InspectionLetter", OFK + "CommitteeReport", OFK + "Section",
                OFK + "Finding", OFK + "ImprovementItem", OFK + "ListedStrength", OFK + "ThemeTag",
                W3c.PROV + "qualifiedAssociation", W3c.OA + "SpecificResource", W3c.OA + "TextPositionSelector",
                W3c.OA + "TextQuoteSelector")), targets::toString);
    }

    @Test
    void validExampleConformsWhenValidatedWithTheOntologyAndVocabularies() {
        ValidationReport report = validate(withOntologyAndVocabularies(read("valid-inspection.ttl")));
        assertTrue(report.conforms(), () -> describe(report));
    }

    // The concepts' schemes are in the vocabularies and the document subclasses in the ontology: alone, the data
    // graph cannot show that grade:good is a grade or that an ofk:InspectionReport is an ofk:SourceDocument.
    @Test
    void validExampleFailsAloneOnlyOnSchemeAndClassChecks() {
        ValidationReport report = validate(read("valid-inspection.ttl"));
        assertFalse(report.conforms());
        Set<String> components = report.getEntries().stream()
                .map(e -> e.sourceConstraintComponent().getURI().substring(SH.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("ClassConstraintComponent", "NodeConstraintComponent"), components, () -> describe(report));
    }

    @Test
    void gazetteerConformsWhereTheModuleShipsOne() {
        Path gazetteer = ModuleFiles.moduleDir().resolve("authorities.ttl");
        Assumptions.assumeTrue(Files.isRegularFile(gazetteer), "no authorities.ttl generated yet at " + gazetteer);
        ValidationReport report = validate(withOntologyAndVocabularies(
                RDFDataMgr.loadModel(gazetteer.toUri().toString())));
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void everyBadExampleHasAnExpectation() {
        Set<String> files = ModuleFiles.list(ModuleFiles.moduleDir().resolve("src/test/resources/shapes/bad"), ".ttl")
                .stream().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("association-without-role.ttl", "authority-with-short-urn.ttl",
                "bad-sha256.ttl", "end-before-start.ttl", "finding-without-polarity.ttl", "finding-without-text.ttl",
                "inspection-without-authority.ttl", "judgement-with-unknown-grade.ttl", "selector-start-after-end.ttl",
                "theme-from-another-scheme.ttl")), files);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            inspection-without-authority.ttl | INSPECTION | def/inspectedAuthority | MinCountConstraintComponent
            judgement-with-unknown-grade.ttl | INSPECTION/judgement/help-and-protection | def/grade | NodeConstraintComponent
            end-before-start.ttl             | INSPECTION | def/startDate | LessThanOrEqualsConstraintComponent
            bad-sha256.ttl                   | DOCUMENT | def/sha256 | PatternConstraintComponent
            finding-without-text.ttl         | DOCUMENT/finding/7 | def/text | MinCountConstraintComponent
            finding-without-polarity.ttl     | DOCUMENT/finding/7 | def/polarity | MinCountConstraintComponent
            theme-from-another-scheme.ttl    | DOCUMENT/listed-strength/1 | def/theme | NodeConstraintComponent
            selector-start-after-end.ttl     | DOCUMENT/finding/7/position | oa:start | LessThanOrEqualsConstraintComponent
            authority-with-short-urn.ttl     | https://w3id.org/ofsted-kg/id/authority/99999 | def/ofstedUrn | PatternConstraintComponent
            association-without-role.ttl     | INSPECTION/association/alex-example | prov:hadRole | MinCountConstraintComponent
            """)
    void badExampleFailsNamingItsFocusNodePathAndConstraint(String file, String focus, String path, String component) {
        ValidationReport report = validate(withOntologyAndVocabularies(read("bad/" + file)));
        assertFalse(report.conforms(), file + " conforms");
        Set<String> violations = report.getEntries().stream()
                .filter(e -> e.severity().equals(Severity.Violation))
                .map(ShapesTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(expand(focus) + " " + expand(path) + " " + component), violations, () -> describe(report));
    }

    @Test
    void inspectionPublishedBeforeItEndedIsOnlyAWarning() {
        Model data = withOntologyAndVocabularies(read("valid-inspection.ttl"));
        Resource inspection = data.createResource(INSPECTION);
        inspection.removeAll(Ofk.publicationDate);
        inspection.addLiteral(Ofk.publicationDate, data.createTypedLiteral("2025-03-10", XSDDatatype.XSDdate));
        ValidationReport report = validate(data);
        assertEquals(Set.of(INSPECTION + " " + OFK + "endDate LessThanOrEqualsConstraintComponent"),
                report.getEntries().stream().map(ShapesTest::key).collect(Collectors.toSet()), () -> describe(report));
        assertTrue(report.getEntries().stream().allMatch(e -> e.severity().equals(Severity.Warning)));
    }

    private static ValidationReport validate(Model data) {
        Graph graph = data.getGraph();
        return ShaclValidator.get().validate(shapes, graph);
    }

    private static Model read(String name) {
        Path file = ModuleFiles.moduleDir().resolve("src/test/resources/shapes").resolve(name);
        return RDFDataMgr.loadModel(file.toUri().toString());
    }

    private static Model withOntologyAndVocabularies(Model data) {
        Model merged = ModelFactory.createDefaultModel();
        merged.add(data);
        merged.add(OntologyResources.ontologyWithVocabularies());
        return merged;
    }

    private static String key(ReportEntry entry) {
        String component = entry.sourceConstraintComponent().getURI().substring(SH.length());
        String path = entry.resultPath() instanceof P_Link link ? link.getNode().getURI() : String.valueOf(entry.resultPath());
        return entry.focusNode().getURI() + " " + path + " " + component;
    }

    private static String expand(String shorthand) {
        return shorthand.replace("INSPECTION", INSPECTION)
                .replace("DOCUMENT", DOCUMENT)
                .replaceFirst("^def/", Iris.DEF)
                .replaceFirst("^oa:", W3c.OA)
                .replaceFirst("^prov:", W3c.PROV);
    }

    private static String describe(ValidationReport report) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        return out.toString();
    }
}
