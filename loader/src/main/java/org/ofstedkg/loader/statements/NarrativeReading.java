package org.ofstedkg.loader.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ofstedkg.loader.report.Finding;
import org.ofstedkg.loader.report.Section;
import org.ofstedkg.loader.structure.Block;
import org.ofstedkg.loader.structure.DocumentStructure;

/**
 * The findings of a document: the sentences of its paragraphs under a heading (judgement sections, summaries, a
 * letter's body), leaving out the title block before the first heading, tables, the lists read as items, and
 * the parts that state no findings (contents, facts and figures, teams, sign-offs: {@code narrative-exclusions.txt}).
 */
final class NarrativeReading {

    private static final List<String> EXCLUDED = CueFile.lines("narrative-exclusions.txt").stream()
            .map(CueFile::fold).toList();
    private static final List<String> SALUTATIONS = CueFile.lines("salutations.txt");
    /** Fewer words than this are a label or a stray fragment, not a sentence. */
    private static final int FEWEST_WORDS = 3;

    private NarrativeReading() {}

    /** The findings in reading order; {@code used} holds the start offsets of blocks already read as items. */
    static List<Finding> read(String text, DocumentStructure structure, List<Section> sections, Set<Integer> used) {
        List<Finding> findings = new ArrayList<>();
        String titleBlock = structure.headings().stream().findFirst().map(Block::text)
                .filter(heading -> SALUTATIONS.stream().noneMatch(heading::startsWith)).orElse(null);
        for (Block block : structure.blocks()) {
            if (block.kind() != Block.Kind.PARAGRAPH || used.contains(block.start()) || !isNarrative(block)
                    || block.heading().equals(titleBlock)) {
                continue;
            }
            int end = Spans.clippedEnd(text, block);
            JoinedText joined = JoinedText.of(text, block.start(), end);
            int from = Spans.wordsStart(joined, block);
            String words = joined.text().substring(from);
            String areaId = areaOf(sections, block.start());
            for (SentenceSplitter.Span span : SentenceSplitter.split(words)) {
                String sentence = words.substring(span.start(), span.end());
                if (sentence.split("\\s+").length < FEWEST_WORDS || sentence.chars().noneMatch(Character::isLetter)) {
                    continue;
                }
                int start = joined.sourceOf(from + span.start());
                int stop = joined.sourceOf(from + span.end() - 1) + 1;
                findings.add(new Finding(sentence, block.heading(), areaId, block.number(), start, stop, block.page()));
            }
        }
        return findings;
    }

    private static boolean isNarrative(Block block) {
        if (block.heading() == null || block.text().indexOf('\t') >= 0) {
            return false;
        }
        String heading = CueFile.fold(block.heading());
        return EXCLUDED.stream().noneMatch(heading::startsWith);
    }

    private static String areaOf(List<Section> sections, int offset) {
        for (Section section : sections) {
            if (section.start() <= offset && offset < section.end()) {
                return section.areaId();
            }
        }
        return null;
    }
}
