package org.ofstedkg.loader.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.extract.JudgementVocabulary;
import org.ofstedkg.loader.report.Section;

/**
 * A document's sections from its structure: one per heading, reaching to the next heading or the end of the body,
 * with the judgement area its heading names in the document's framework and the grade it repeats, if any.
 */
public final class Sections {

    private static final JudgementVocabulary VOCABULARY = JudgementVocabulary.bundled();
    private static final Pattern GRADED = Pattern.compile("^(.*?):\\s*(" + VOCABULARY.gradeRegex() + ")\\.?$",
            Pattern.CASE_INSENSITIVE);

    private Sections() {}

    /** The sections of {@code structure}; {@code framework} ("ilacs", "sif") chooses the area labels, or null. */
    public static List<Section> of(DocumentStructure structure, String framework) {
        List<Block> headings = structure.headings();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Block heading = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : structure.bodyEnd();
            String words = heading.text();
            String grade = null;
            Matcher graded = GRADED.matcher(words.replace('\u2019', '\''));
            if (graded.matches()) {
                words = words.substring(0, graded.end(1)).strip();
                grade = heading.text().substring(heading.text().lastIndexOf(':') + 1).strip().replaceAll("\\.$", "");
            }
            Optional<String> area = framework == null ? Optional.empty() : VOCABULARY.area(framework, words);
            sections.add(new Section(words, area.orElse(null), grade, heading.start(), end, heading.page()));
        }
        return sections;
    }
}
