package org.ofstedkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SKOS vocabularies hold exactly the concepts the project's code and gold data name, each well formed: labelled,
 * defined, in its scheme, placed in its hierarchy, with labels a matcher can rely on.
 */
class VocabularySchemesTest {

    private static Model vocabularies;

    @BeforeAll
    static void load() {
        vocabularies = OntologyResources.vocabularies();
    }

    @Test
    void inspectionKindsAreExactlyTheProjectsKinds() {
        assertEquals(Set.of("ilacs", "ilacs-standard", "ilacs-short", "focused-visit", "monitoring-visit", "jtai",
                "sif", "lscb-review", "lac-2013", "slac", "protection-2012", "annual-unannounced"),
                localNames(Scheme.INSPECTION_KIND));
    }

    @Test
    void judgementAreasAreExactlyTheProjectsAreas() {
        assertEquals(Set.of("overall-effectiveness", "impact-of-leaders", "help-and-protection", "children-in-care",
                "care-leavers", "children-in-care-and-care-leavers", "sif-overall", "sif-help-and-protection",
                "sif-children-looked-after", "sif-adoption", "sif-care-leavers", "sif-leadership", "lscb"),
                localNames(Scheme.JUDGEMENT_AREA));
    }

    @Test
    void gradesAreExactlyTheFiveGradesWithTheirRanks() {
        Map<String, Integer> ranks = new TreeMap<>();
        for (String grade : localNames(Scheme.GRADE)) {
            Resource concept = concept(Scheme.GRADE, grade);
            List<Statement> rank = concept.listProperties(Ofk.rank).toList();
            assertEquals(1, rank.size(), grade + " ranks");
            ranks.put(grade, rank.get(0).getInt());
        }
        assertEquals(Map.of("outstanding", 1, "good", 2, "requires-improvement", 3, "adequate", 3, "inadequate", 4),
                ranks);
    }

    @Test
    void polaritiesAreStrengthWeaknessMixedAndNeutral() {
        assertEquals(Set.of("strength", "weakness", "mixed", "neutral"), localNames(Scheme.POLARITY));
    }

    @Test
    void frameworksAreThoseBeforeSifThenSifIlacsAndJtai() {
        assertEquals(Set.of("pre-2013", "sif", "ilacs", "jtai"), localNames(Scheme.FRAMEWORK));
    }

    @Test
    void rolesAreExactlyTheTeamAndDocumentRoles() {
        assertEquals(Set.of("lead-inspector", "deputy-lead-inspector", "team-inspector", "quality-assurance-manager",
                "senior-data-analyst", "shadow-inspector", "social-care-regulatory-inspector", "inspector-for-education",
                "signatory", "director-of-childrens-services", "addressee", "copy-recipient", "council-officer",
                "lead-member", "report-author"), localNames(Scheme.ROLE));
    }

    @Test
    void everyRoleIsAlsoAProvRole() {
        Set<String> notRoles = localNames(Scheme.ROLE).stream()
                .filter(name -> !concept(Scheme.ROLE, name).hasProperty(RDF.type, W3c.provRole))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), notRoles);
    }

    @Test
    void everyConceptHasOneEnglishPrefLabelADefinitionOrScopeNoteAndOneSchemeNamingIt() {
        List<String> problems = new ArrayList<>();
        Set<String> schemeIris = new TreeSet<>();
        for (Scheme scheme : Scheme.values()) {
            schemeIris.add(scheme.iri());
        }
        for (Resource concept : vocabularies.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            String iri = concept.getURI();
            long englishPrefLabels = concept.listProperties(SKOS.prefLabel).toList().stream()
                    .filter(s -> "en".equals(s.getLiteral().getLanguage())).count();
            if (englishPrefLabels != 1) {
                problems.add(iri + " has " + englishPrefLabels + " English prefLabels");
            }
            if (!concept.hasProperty(SKOS.definition) && !concept.hasProperty(SKOS.scopeNote)) {
                problems.add(iri + " has neither definition nor scopeNote");
            }
            List<Statement> schemes = concept.listProperties(SKOS.inScheme).toList();
            if (schemes.size() != 1 || !schemeIris.contains(schemes.get(0).getResource().getURI())) {
                problems.add(iri + " is not in exactly one of the project's schemes");
                continue;
            }
            String expected = schemes.get(0).getResource().getURI() + "/" + concept.getProperty(SKOS.notation).getString();
            if (!iri.equals(expected)) {
                problems.add(iri + " does not match its scheme and notation: " + expected);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyConceptIsATopConceptOrHasABroaderConceptInItsSchemeStatedBothWays() {
        List<String> problems = new ArrayList<>();
        for (Scheme scheme : Scheme.values()) {
            Resource schemeNode = vocabularies.createResource(scheme.iri());
            if (!schemeNode.hasProperty(RDF.type, SKOS.ConceptScheme)) {
                problems.add(scheme.iri() + " is not declared a skos:ConceptScheme");
            }
            for (String name : localNames(scheme)) {
                Resource concept = concept(scheme, name);
                boolean top = concept.hasProperty(SKOS.topConceptOf, schemeNode);
                if (top != schemeNode.hasProperty(SKOS.hasTopConcept, concept)) {
                    problems.add(concept + ": topConceptOf and hasTopConcept disagree");
                }
                List<Resource> broader = objects(concept, SKOS.broader);
                if (top == !broader.isEmpty()) {
                    problems.add(concept + " must be either a top concept or have a broader concept");
                }
                for (Resource parent : broader) {
                    if (!parent.hasProperty(SKOS.inScheme, schemeNode)) {
                        problems.add(concept + " has a broader concept outside its scheme: " + parent);
                    }
                    if (!parent.hasProperty(SKOS.narrower, concept)) {
                        problems.add(parent + " does not state skos:narrower " + concept);
                    }
                }
                for (Resource child : objects(concept, SKOS.narrower)) {
                    if (!child.hasProperty(SKOS.broader, concept)) {
                        problems.add(child + " does not state skos:broader " + concept);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    // SKOS integrity conditions S13 and S14: a concept's preferred, alternative and hidden labels are disjoint.
    @Test
    void noConceptGivesOneLabelTwoRoles() {
        List<String> problems = new ArrayList<>();
        for (Resource concept : vocabularies.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            Set<Literal> pref = literals(concept, SKOS.prefLabel);
            Set<Literal> alt = literals(concept, SKOS.altLabel);
            Set<Literal> hidden = literals(concept, SKOS.hiddenLabel);
            for (Literal label : alt) {
                if (pref.contains(label) || hidden.contains(label)) {
                    problems.add(concept + ": '" + label.getLexicalForm() + "' is an altLabel and another label");
                }
            }
            for (Literal label : hidden) {
                if (pref.contains(label)) {
                    problems.add(concept + ": '" + label.getLexicalForm() + "' is a hiddenLabel and the prefLabel");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    // Labels may repeat across frameworks (SIF and ILACS print the same headings); a matcher chooses the framework
    // from the inspection kind first, so within one framework a label must name one concept.
    @Test
    void noLabelNamesTwoConceptsOfOneSchemeWithinOneFramework() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Scheme scheme : Scheme.values()) {
            for (String name : localNames(scheme)) {
                Resource concept = concept(scheme, name);
                List<String> frameworks = objects(concept, Ofk.framework).stream().map(Resource::getURI).toList();
                Set<String> labels = new TreeSet<>();
                for (Property property : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                    literals(concept, property).forEach(l -> labels.add(matchKey(l.getLexicalForm())));
                }
                for (String framework : frameworks.isEmpty() ? List.of("any framework") : frameworks) {
                    for (String label : labels) {
                        owners.computeIfAbsent(scheme.localName() + " | " + framework + " | " + label,
                                k -> new TreeSet<>()).add(name);
                    }
                }
            }
        }
        Map<String, Set<String>> ambiguous = new TreeMap<>();
        owners.forEach((key, concepts) -> {
            if (concepts.size() > 1) {
                ambiguous.put(key, concepts);
            }
        });
        assertEquals(Map.of(), ambiguous);
    }

    @Test
    void everyKindAreaAndGradeBelongsToAFrameworkOfTheFrameworkScheme() {
        List<String> problems = new ArrayList<>();
        Resource frameworkScheme = vocabularies.createResource(Scheme.FRAMEWORK.iri());
        for (Scheme scheme : List.of(Scheme.INSPECTION_KIND, Scheme.JUDGEMENT_AREA, Scheme.GRADE)) {
            for (String name : localNames(scheme)) {
                List<Resource> frameworks = objects(concept(scheme, name), Ofk.framework);
                if (frameworks.isEmpty()) {
                    problems.add(scheme.localName() + "/" + name + " has no framework");
                }
                frameworks.stream().filter(f -> !f.hasProperty(SKOS.inScheme, frameworkScheme))
                        .forEach(f -> problems.add(scheme.localName() + "/" + name + " names framework " + f));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void judgementAreasAreMappedAcrossFrameworksExactlyAsDocumented() {
        Set<String> mappings = new TreeSet<>();
        String prefix = Scheme.JUDGEMENT_AREA.iri() + "/";
        for (Property mapping : List.of(SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)) {
            for (Statement s : vocabularies.listStatements(null, mapping, (RDFNode) null).toList()) {
                if (s.getSubject().getURI().startsWith(prefix)) {
                    mappings.add(s.getSubject().getURI().substring(prefix.length()) + " " + mapping.getLocalName()
                            + " " + s.getResource().getURI().substring(prefix.length()));
                }
            }
        }
        assertEquals(new TreeSet<>(List.of(
                "overall-effectiveness closeMatch sif-overall",
                "sif-overall closeMatch overall-effectiveness",
                "impact-of-leaders closeMatch sif-leadership",
                "sif-leadership closeMatch impact-of-leaders",
                "help-and-protection closeMatch sif-help-and-protection",
                "sif-help-and-protection closeMatch help-and-protection",
                "care-leavers closeMatch sif-care-leavers",
                "sif-care-leavers closeMatch care-leavers",
                "children-in-care-and-care-leavers closeMatch sif-children-looked-after",
                "sif-children-looked-after closeMatch children-in-care-and-care-leavers",
                "children-in-care-and-care-leavers narrowMatch children-in-care",
                "children-in-care broadMatch children-in-care-and-care-leavers",
                "children-in-care-and-care-leavers narrowMatch care-leavers",
                "care-leavers broadMatch children-in-care-and-care-leavers",
                "children-in-care-and-care-leavers narrowMatch sif-care-leavers",
                "sif-care-leavers broadMatch children-in-care-and-care-leavers",
                "sif-children-looked-after narrowMatch children-in-care",
                "children-in-care broadMatch sif-children-looked-after",
                "sif-adoption relatedMatch children-in-care",
                "children-in-care relatedMatch sif-adoption")), mappings);
    }

    @Test
    void adequateAndRequiresImprovementAreCloseMatchesOfTheSameRank() {
        Resource adequate = concept(Scheme.GRADE, "adequate");
        Resource requiresImprovement = concept(Scheme.GRADE, "requires-improvement");
        assertTrue(adequate.hasProperty(SKOS.closeMatch, requiresImprovement));
        assertTrue(requiresImprovement.hasProperty(SKOS.closeMatch, adequate));
        assertEquals(adequate.getProperty(Ofk.rank).getInt(), requiresImprovement.getProperty(Ofk.rank).getInt());
    }

    @Test
    void everyMatchPatternIsAJavaRegularExpression() {
        List<String> broken = new ArrayList<>();
        for (Statement s : vocabularies.listStatements(null, Ofk.matchPattern, (RDFNode) null).toList()) {
            try {
                Pattern.compile(s.getString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                broken.add(s.getSubject() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void themesHoldEveryIdOfTheThemeTableWithItsBroaderLabelAndScope() throws IOException {
        Path table = ModuleFiles.sharedDir().resolve("themes.csv");
        Assumptions.assumeTrue(Files.isRegularFile(table),
                "the shared theme table is not at " + table + "; set -Dofstedkg.shared to check the themes against it");
        Map<String, String> expected = new TreeMap<>();
        // A spreadsheet may save the table with a byte-order mark, which would otherwise become part of "id".
        String csv = Files.readString(table, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        try (Reader in = new StringReader(csv)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(in)) {
                expected.put(row.get("id"),
                        "broader=" + row.get("broader") + " | " + row.get("label") + " | " + row.get("scope"));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        String prefix = Scheme.THEME.iri() + "/";
        for (String name : localNames(Scheme.THEME)) {
            Resource concept = concept(Scheme.THEME, name);
            String broader = objects(concept, SKOS.broader).stream().map(r -> r.getURI().substring(prefix.length()))
                    .collect(Collectors.joining(","));
            actual.put(name, "broader=" + broader + " | " + concept.getProperty(SKOS.prefLabel).getString() + " | "
                    + concept.getProperty(SKOS.scopeNote).getString());
        }
        assertEquals(63, expected.size(), "rows of the theme table");
        assertEquals(expected, actual);
    }

    @Test
    void theClassPathListsExactlyTheVocabularyFilesOfTheModule() {
        Set<String> onDisk = ModuleFiles.list(ModuleFiles.moduleDir().resolve("vocabularies"), ".ttl").stream()
                .map(p -> "ofsted-kg/vocabularies/" + p.getFileName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(onDisk, new TreeSet<>(OntologyResources.VOCABULARIES));
    }

    @Test
    void eachVocabularyFileHoldsOneScheme() {
        Map<String, Integer> schemesPerFile = new TreeMap<>();
        for (String resource : OntologyResources.VOCABULARIES) {
            schemesPerFile.put(resource, OntologyResources.read(resource)
                    .listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().size());
        }
        Map<String, Integer> expected = new TreeMap<>();
        OntologyResources.VOCABULARIES.forEach(resource -> expected.put(resource, 1));
        assertEquals(expected, schemesPerFile);
    }

    private static Set<String> localNames(Scheme scheme) {
        Resource schemeNode = vocabularies.createResource(scheme.iri());
        Set<String> names = new TreeSet<>();
        for (Resource concept : vocabularies.listSubjectsWithProperty(SKOS.inScheme, schemeNode).toList()) {
            String iri = concept.getURI();
            assertTrue(iri.startsWith(scheme.iri() + "/"), iri + " is in " + scheme.iri() + " but not under it");
            names.add(iri.substring(scheme.iri().length() + 1));
        }
        return names;
    }

    private static Resource concept(Scheme scheme, String localName) {
        return vocabularies.createResource(Iris.concept(scheme, localName));
    }

    private static List<Resource> objects(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().map(Statement::getResource).toList();
    }

    private static Set<Literal> literals(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().map(Statement::getLiteral)
                .collect(Collectors.toSet());
    }

    /** How a case-insensitive matcher sees a label: lower case, with curly apostrophes straightened. */
    private static String matchKey(String label) {
        return label.replace('\u2019', '\'').toLowerCase(Locale.ROOT).strip();
    }
}
