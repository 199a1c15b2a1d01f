package org.ofstedkg.loader.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * The judgement areas and grades as printed words, read from the SKOS vocabularies (preferred and alternative
 * labels), so that a new printed variant is a line of Turtle, not a change of code.
 *
 * <p>Areas are looked up within one framework: SIF and ILACS print some of the same headings for different areas.
 */
public final class JudgementVocabulary {

    private static final JudgementVocabulary BUNDLED = new JudgementVocabulary(OntologyResources.vocabularies());

    /** A label found in text: what it denotes and where. */
    public record Found(String id, String asPrinted, int start, int end) {}

    private final Pattern gradePattern;
    private final Map<String, String> gradeByLabel = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> areaByLabelByFramework = new LinkedHashMap<>();

    JudgementVocabulary(Model vocabularies) {
        for (Resource grade : concepts(vocabularies, Scheme.GRADE)) {
            for (String label : labels(grade)) {
                gradeByLabel.put(Folding.fold(label), localName(grade, Scheme.GRADE));
            }
        }
        for (Resource area : concepts(vocabularies, Scheme.JUDGEMENT_AREA)) {
            Resource framework = area.getPropertyResourceValue(Ofk.framework);
            String frameworkId = framework == null ? "" : localName(framework, Scheme.FRAMEWORK);
            Map<String, String> byLabel = areaByLabelByFramework.computeIfAbsent(frameworkId, k -> new LinkedHashMap<>());
            for (String label : labels(area)) {
                byLabel.put(Folding.fold(label), localName(area, Scheme.JUDGEMENT_AREA));
            }
        }
        gradePattern = alternation(gradeByLabel.keySet());
    }

    /** The vocabulary bundled with the project. */
    public static JudgementVocabulary bundled() {
        return BUNDLED;
    }

    /** The grade a whole phrase names ("Requires improvement to be good"), or empty. */
    public Optional<String> grade(String phrase) {
        return Optional.ofNullable(gradeByLabel.get(Folding.fold(phrase)));
    }

    /** The area a whole heading names within a framework ("ilacs", "sif"), or empty. */
    public Optional<String> area(String framework, String heading) {
        return Optional.ofNullable(areaByLabelByFramework.getOrDefault(framework, Map.of()).get(Folding.fold(heading)));
    }

    /** Whether some area label of a framework begins with the folded words (a label that wrapped onto a next line). */
    public boolean labelBeginsWith(String framework, String foldedWords) {
        return areaByLabelByFramework.getOrDefault(framework, Map.of()).keySet().stream()
                .anyMatch(label -> label.startsWith(Folding.fold(foldedWords) + " "));
    }

    /** Every grade named in folded text, in order, longest label first where labels overlap. */
    public List<Found> gradesIn(String folded) {
        return findAll(gradePattern, folded, gradeByLabel);
    }

    /** Every area of a framework named in folded text, in order, longest label first where labels overlap. */
    public List<Found> areasIn(String framework, String folded) {
        Map<String, String> byLabel = areaByLabelByFramework.getOrDefault(framework, Map.of());
        return byLabel.isEmpty() ? List.of() : findAll(alternation(byLabel.keySet()), folded, byLabel);
    }

    /** The pattern of every grade label, for extractors that read grades inside their own sentence patterns. */
    public String gradeRegex() {
        return gradePattern.pattern();
    }

    private static List<Found> findAll(Pattern pattern, String folded, Map<String, String> byLabel) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(folded);
        while (matcher.find()) {
            found.add(new Found(byLabel.get(matcher.group()), matcher.group(), matcher.start(), matcher.end()));
        }
        return found;
    }

    private static Pattern alternation(java.util.Collection<String> labels) {
        return Pattern.compile("(?<![a-z])(?:" + labels.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![a-z])");
    }

    private static List<Resource> concepts(Model model, Scheme scheme) {
        return model.listSubjectsWithProperty(SKOS.inScheme, model.createResource(scheme.iri())).toList();
    }

    private static List<String> labels(Resource concept) {
        List<String> labels = new ArrayList<>();
        concept.listProperties(SKOS.prefLabel).forEachRemaining(s -> labels.add(s.getString()));
        concept.listProperties(SKOS.altLabel).forEachRemaining(s -> labels.add(s.getString()));
        concept.listProperties(SKOS.hiddenLabel).forEachRemaining(s -> labels.add(s.getString()));
        return labels;
    }

    private static String localName(Resource concept, Scheme scheme) {
        String prefix = Iris.concept(scheme, "");
        if (!concept.getURI().startsWith(prefix)) {
            throw new IllegalStateException(concept + " is not a concept of " + scheme.iri());
        }
        return concept.getURI().substring(prefix.length());
    }
}
