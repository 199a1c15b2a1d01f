package org.ofstedkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated ontology page documents every term of the ontology and every concept, with escaped text. */
class OntologyPageTest {

    private static String page;

    @BeforeAll
    static void render() {
        page = OntologyPage.render(OntologyResources.ontology(), OntologyResources.vocabularies());
    }

    @Test
    void pageHasAnAnchorForEveryOfkTerm() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field field : Ofk.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                if (!page.contains("id=\"" + field.getName() + "\"")) {
                    missing.add(field.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void pageListsEveryGradeWithItsLabelAndRank() {
        for (String[] grade : new String[][] {{"outstanding", "Outstanding", "1"}, {"good", "Good", "2"},
                {"requires-improvement", "Requires improvement to be good", "3"}, {"adequate", "Adequate", "3"},
                {"inadequate", "Inadequate", "4"}}) {
            Matcher row = Pattern.compile("<tr id=\"grade-" + grade[0] + "\">(.*?)</tr>").matcher(page);
            assertTrue(row.find(), "no row for grade " + grade[0]);
            assertTrue(row.group(1).contains("<td>" + grade[1] + "</td>"), row.group(1));
            assertTrue(row.group(1).contains("<td>" + grade[2] + "</td>"), row.group(1));
        }
    }

    @Test
    void pageHasAnAnchorForEveryConceptAndScheme() {
        Model vocabularies = OntologyResources.vocabularies();
        List<String> missing = new ArrayList<>();
        for (Scheme scheme : Scheme.values()) {
            if (!page.contains("id=\"scheme-" + scheme.localName() + "\"")) {
                missing.add(scheme.iri());
            }
            vocabularies.listSubjectsWithProperty(org.apache.jena.vocabulary.SKOS.inScheme,
                    vocabularies.createResource(scheme.iri())).forEach(concept -> {
                        String anchor = concept.getURI().substring(Iris.DEF.length()).replace('/', '-');
                        if (!page.contains("id=\"" + anchor + "\"")) {
                            missing.add(concept.getURI());
                        }
                    });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void schemeSharingItsIriWithAPropertyIsDescribedByItsOwnDefinition() {
        int scheme = page.indexOf("id=\"scheme-grade\"");
        String heading = page.substring(scheme, page.indexOf("<table>", scheme));
        assertTrue(heading.contains("The grades Ofsted gives in judgements"), heading);
        assertTrue(!heading.contains("The grade a judgement gives"), heading);
    }

    @Test
    void apostrophesAndAmpersandsAreEscaped() {
        assertTrue(page.contains("Director of children&#39;s services"));
        assertTrue(page.contains("B&amp;B"));
        assertTrue(!page.contains("children's"), "an unescaped apostrophe");
    }

    @Test
    void renderingIsStable() {
        assertEquals(page, OntologyPage.render(OntologyResources.ontology(), OntologyResources.vocabularies()));
    }

    @Test
    void mainWritesThePageToTheFileItIsGiven(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site/ontology.html");
        OntologyPage.main(new String[] {out.toString()});
        assertEquals(page, Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void escapingCoversMarkupAndQuotes() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", OntologyPage.esc("<a href=\"x\">&'"));
    }
}
