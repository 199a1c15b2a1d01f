package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;
import org.ofstedkg.ontology.OntologyResources;
import org.ofstedkg.ontology.Scheme;

/**
 * The kinds of inspection as documents name them, from the inspection-kind vocabulary: its labels ("Standard
 * Inspection of Local Authority Children's Services", "short inspection", "ILACS"), which kind is narrower than
 * which (a standard inspection is an ILACS inspection), and the framework whose judgement areas each kind grades.
 */
final class InspectionKinds {

    private static final InspectionKinds BUNDLED = new InspectionKinds(OntologyResources.vocabularies());

    /** A kind's label found in folded text, and where. */
    record Found(String id, int start, int end) {}

    private final ConceptLabels labels = ConceptLabels.of(Scheme.INSPECTION_KIND);
    private final Pattern anyLabel;
    private final Map<String, String> broader = new HashMap<>();
    private final Map<String, String> framework = new HashMap<>();

    private InspectionKinds(Model vocabularies) {
        String kindPrefix = Iris.concept(Scheme.INSPECTION_KIND, "");
        String frameworkPrefix = Iris.concept(Scheme.FRAMEWORK, "");
        for (Resource kind : vocabularies.listSubjectsWithProperty(SKOS.inScheme,
                vocabularies.createResource(Scheme.INSPECTION_KIND.iri())).toList()) {
            String id = kind.getURI().substring(kindPrefix.length());
            Resource wider = kind.getPropertyResourceValue(SKOS.broader);
            if (wider != null) {
                broader.put(id, wider.getURI().substring(kindPrefix.length()));
            }
            Resource fw = kind.getPropertyResourceValue(Ofk.framework);
            if (fw != null) {
                framework.put(id, fw.getURI().substring(frameworkPrefix.length()));
            }
        }
        anyLabel = Pattern.compile("(?<![a-z])(?:" + labels.byLabel().keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![a-z])");
    }

    static InspectionKinds bundled() {
        return BUNDLED;
    }

    /** Every kind named in folded text, in order, the longest label first where labels overlap. */
    List<Found> in(String folded) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = anyLabel.matcher(folded);
        while (matcher.find()) {
            found.add(new Found(labels.idOf(matcher.group()).orElseThrow(), matcher.start(), matcher.end()));
        }
        return found;
    }

    /** Whether {@code kind} is {@code wider} or a kind of it ({@code ilacs-standard} is within {@code ilacs}). */
    boolean within(String kind, String wider) {
        for (String k = kind; k != null; k = broader.get(k)) {
            if (k.equals(wider)) {
                return true;
            }
        }
        return false;
    }

    /** The framework whose judgement areas the kind grades ({@code ilacs}, {@code sif}), if the vocabulary says. */
    Optional<String> framework(String kind) {
        return Optional.ofNullable(framework.get(kind));
    }
}
