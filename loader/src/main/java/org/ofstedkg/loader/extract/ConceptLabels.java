package org.ofstedkg.loader.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.OntologyResources;
import org.ofstedkg.ontology.Scheme;

/** The labels of one SKOS scheme (preferred, alternative and hidden), folded, each leading to its concept's id. */
final class ConceptLabels {

    private static final Model VOCABULARIES = OntologyResources.vocabularies();

    private final Map<String, String> idByLabel = new LinkedHashMap<>();

    private ConceptLabels(Model model, Scheme scheme) {
        String prefix = Iris.concept(scheme, "");
        for (Resource concept : model.listSubjectsWithProperty(SKOS.inScheme, model.createResource(scheme.iri())).toList()) {
            String id = concept.getURI().substring(prefix.length());
            for (var property : new org.apache.jena.rdf.model.Property[] {SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel}) {
                concept.listProperties(property).forEachRemaining(s -> idByLabel.put(Folding.fold(s.getString()), id));
            }
        }
    }

    /** The labels of a scheme of the bundled vocabularies. */
    static ConceptLabels of(Scheme scheme) {
        return new ConceptLabels(VOCABULARIES, scheme);
    }

    /** The concept a whole phrase names, or empty. */
    Optional<String> idOf(String phrase) {
        return Optional.ofNullable(idByLabel.get(Folding.fold(phrase)));
    }

    /** Every folded label with its concept id. */
    Map<String, String> byLabel() {
        return idByLabel;
    }
}
