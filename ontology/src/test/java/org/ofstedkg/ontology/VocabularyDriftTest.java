package org.ofstedkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Ofk} and {@code ofsted.ttl} name the same terms, each of the same kind, and the ontology documents each one:
 * a test that fails naming the term that drifted.
 */
class VocabularyDriftTest {

    private static final Set<Resource> PROPERTY_KINDS =
            Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty);

    private static Model ontology;
    private static Map<String, Resource> constants;

    @BeforeAll
    static void load() throws IllegalAccessException {
        ontology = OntologyResources.ontology();
        constants = new TreeMap<>();
        for (Field field : Ofk.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                constants.put(field.getName(), (Resource) field.get(null));
            }
        }
    }

    @Test
    void everyConstantIsDeclaredWithTheKindItsJavaTypeSays() {
        List<String> drift = new ArrayList<>();
        constants.forEach((name, term) -> {
            if (!term.getURI().equals(Ofk.NS + name)) {
                drift.add(name + " is bound to " + term.getURI());
            }
            Resource subject = ontology.createResource(term.getURI());
            if (term instanceof Property) {
                if (PROPERTY_KINDS.stream().noneMatch(kind -> ontology.contains(subject, RDF.type, kind))) {
                    drift.add("ofk:" + name + " is a Property in Ofk but not an OWL property in ofsted.ttl");
                }
            } else if (!ontology.contains(subject, RDF.type, OWL2.Class)) {
                drift.add("ofk:" + name + " is a Resource in Ofk but not an owl:Class in ofsted.ttl");
            }
        });
        assertEquals(List.of(), drift);
    }

    @Test
    void everyConstantHasAnEnglishLabelAndADefinitionOrComment() {
        List<String> undocumented = new ArrayList<>();
        constants.forEach((name, term) -> {
            Resource subject = ontology.createResource(term.getURI());
            boolean labelled = ontology.listStatements(subject, RDFS.label, (RDFNode) null).toList().stream()
                    .anyMatch(s -> s.getObject().isLiteral() && "en".equals(s.getLiteral().getLanguage()));
            boolean explained = subject.hasProperty(SKOS.definition) || subject.hasProperty(RDFS.comment);
            if (!labelled) {
                undocumented.add("ofk:" + name + " has no rdfs:label in English");
            }
            if (!explained) {
                undocumented.add("ofk:" + name + " has neither skos:definition nor rdfs:comment");
            }
        });
        assertEquals(List.of(), undocumented);
    }

    @Test
    void everyOfkTermTheOntologyUsesHasAConstant() {
        Set<String> used = new TreeSet<>();
        for (Statement statement : ontology.listStatements().toList()) {
            for (RDFNode node : List.of(statement.getSubject(), statement.getPredicate(), statement.getObject())) {
                if (node.isURIResource() && node.asResource().getURI().startsWith(Ofk.NS)) {
                    used.add(node.asResource().getURI().substring(Ofk.NS.length()));
                }
            }
        }
        // The version IRI lives under def/ but names a version of the ontology, not a term.
        used.remove("0.1.0");
        Set<String> withoutConstant = new TreeSet<>(used);
        withoutConstant.removeAll(constants.keySet());
        assertEquals(Set.of(), withoutConstant, "ofk: terms in ofsted.ttl with no constant in Ofk");
    }

    @Test
    void noTermIsDeclaredWithTwoKinds() {
        List<String> punned = new ArrayList<>();
        constants.forEach((name, term) -> {
            Resource subject = ontology.createResource(term.getURI());
            long kinds = PROPERTY_KINDS.stream().filter(kind -> subject.hasProperty(RDF.type, kind)).count()
                    + (subject.hasProperty(RDF.type, OWL2.Class) ? 1 : 0);
            if (kinds != 1) {
                punned.add("ofk:" + name + " is declared with " + kinds + " kinds");
            }
        });
        assertEquals(List.of(), punned);
    }
}
