package org.ofstedkg.loader.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.extract.Folding;
import org.ofstedkg.loader.extract.JudgementVocabulary;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * Headings the project's data knows: Ofsted's standard section headings ({@code section-headings.txt}) and the
 * judgement-section headings that repeat a grade ("The experiences and progress of children who need help and
 * protection: good"), whose area labels come from the judgement-area vocabulary, also where they wrap.
 */
final class KnownHeadings {

    private static final Set<String> SECTION_HEADINGS = load();
    private static final JudgementVocabulary VOCABULARY = JudgementVocabulary.bundled();
    private static final Pattern GRADED = Pattern.compile("^(.*?):\\s*(" + VOCABULARY.gradeRegex() + ")\\.?$");
    private static final String[] FRAMEWORKS = {"ilacs", "sif"};
    private static final int MOST_WRAPPED_LINES = 3;
    /** A trailing question mark or colon, or a footnote number glued to the last word or mark ("area2", "improve?1"). */
    private static final Pattern TRAILER = Pattern.compile("(?:[?:.]|(?<=[a-z?:])\\d)$");

    private KnownHeadings() {}

    /** The line indexes where known headings begin, each with the number of lines it takes. */
    static Map<Integer, Integer> find(List<Line> lines, int end) {
        Map<Integer, Integer> headings = new HashMap<>();
        for (int i = 0; i < end; i++) {
            String folded = Folding.fold(lines.get(i).text());
            if (SECTION_HEADINGS.contains(withoutTrailer(folded))) {
                headings.put(i, 1);
                continue;
            }
            Matcher matcher = GRADED.matcher(folded);
            if (!matcher.matches()) {
                continue;
            }
            String heading = matcher.group(1);
            for (int back = 0; back < MOST_WRAPPED_LINES && i - back >= 0; back++) {
                if (back > 0) {
                    heading = Folding.fold(lines.get(i - back).text()) + " " + heading;
                }
                if (isArea(heading)) {
                    headings.put(i - back, back + 1);
                    break;
                }
            }
        }
        return headings;
    }

    /** The words without a trailing mark and footnote number ('what needs to improve?1'). */
    private static String withoutTrailer(String folded) {
        return TRAILER.matcher(TRAILER.matcher(folded).replaceFirst("")).replaceFirst("").strip();
    }

    private static boolean isArea(String heading) {
        for (String framework : FRAMEWORKS) {
            if (VOCABULARY.area(framework, heading).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> headings = new HashSet<>();
        try (InputStream in = KnownHeadings.class.getResourceAsStream("section-headings.txt")) {
            if (in == null) {
                throw new IllegalStateException("section-headings.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    headings.add(Folding.fold(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(headings);
    }
}
