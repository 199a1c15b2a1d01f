package org.ofstedkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology, alone and with its vocabularies, is in the OWL 2 DL profile and HermiT finds it consistent with every
 * class satisfiable. Read with the OWL API, a second implementation besides Jena, so that what passes here is not
 * merely what Jena tolerates.
 */
class OntologyProfileTest {

    @Test
    void ontologyAloneIsInOwl2DlProfile() throws Exception {
        assertInDlProfile(loadOntologyOnly());
    }

    @Test
    void ontologyAloneIsConsistentWithEveryClassSatisfiable() throws Exception {
        assertConsistentAndSatisfiable(loadOntologyOnly());
    }

    @Test
    void ontologyWithVocabulariesIsInOwl2DlProfile() throws Exception {
        assertInDlProfile(loadWithVocabularies());
    }

    @Test
    void ontologyWithVocabulariesIsConsistentWithEveryClassSatisfiable() throws Exception {
        assertConsistentAndSatisfiable(loadWithVocabularies());
    }

    private static OWLOntology loadOntologyOnly() throws Exception {
        try (InputStream in = OntologyProfileTest.class.getClassLoader().getResourceAsStream(OntologyResources.ONTOLOGY)) {
            return manager().loadOntologyFromOntologyDocument(in);
        }
    }

    // The vocabularies are merged as RDF before the OWL API reads them: read alone, a vocabulary file lacks the
    // declarations the ontology makes, and the OWL API would guess the kinds of its properties.
    private static OWLOntology loadWithVocabularies() throws OWLOntologyCreationException {
        Model merged = OntologyResources.ontologyWithVocabularies();
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, merged, RDFFormat.TURTLE_BLOCKS);
        return manager().loadOntologyFromOntologyDocument(new ByteArrayInputStream(turtle.toByteArray()));
    }

    private static OWLOntologyManager manager() {
        return OWLManager.createOWLOntologyManager();
    }

    private static void assertInDlProfile(OWLOntology ontology) {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        List<OWLProfileViolation> violations = report.getViolations();
        violations.forEach(System.out::println);
        assertEquals(List.of(), violations.stream().map(Object::toString).toList(), "OWL 2 DL profile violations");
    }

    private static void assertConsistentAndSatisfiable(OWLOntology ontology) {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds the ontology inconsistent");
            Set<String> unsatisfiable = new TreeSet<>();
            for (OWLClass c : reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()) {
                unsatisfiable.add(c.getIRI().toString());
            }
            assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes");
        } finally {
            reasoner.dispose();
        }
    }
}
