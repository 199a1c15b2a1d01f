package org.ofstedkg.loader.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ofstedkg.loader.report.DocumentKind;
import org.ofstedkg.loader.report.Finding;
import org.ofstedkg.loader.report.ImprovementItem;
import org.ofstedkg.loader.report.ListedStrength;
import org.ofstedkg.loader.report.Section;
import org.ofstedkg.loader.report.Statements;
import org.ofstedkg.loader.structure.DocumentStructure;
import org.ofstedkg.loader.text.ReportText;

/**
 * Reads what a document states from its structure: its improvement items (list items and numbered recommendations
 * under the headings that open a list of what needs to improve, or a council paper's areas for improvement), its
 * listed strengths, and its findings (the sentences of its narrative paragraphs). Which headings and lead-ins open
 * which list is data ({@code statement-lists.txt}). Every statement keeps its offsets into the normalised text.
 */
public final class StatementExtraction {

    private StatementExtraction() {}

    /**
     * The statements of one document.
     *
     * @param text the document's normalised text
     * @param structure its structure, as {@link org.ofstedkg.loader.structure.StructureReader} read it
     * @param kind what the document is: a council paper lists its areas for improvement in its own layout
     * @param sections its sections, for the judgement area each finding sits in
     */
    public static Statements read(ReportText text, DocumentStructure structure, DocumentKind kind, List<Section> sections) {
        Set<Integer> used = new HashSet<>();
        boolean committee = kind == DocumentKind.COMMITTEE_REPORT;
        List<Listed> listed = new ArrayList<>(ListReading.read(text.text(), structure, committee, used));
        if (committee) {
            listed.addAll(CommitteeAreas.read(text, structure.bodyEnd()));
            listed.sort(Comparator.comparingInt(Listed::start));
        }
        List<ImprovementItem> items = new ArrayList<>();
        List<ListedStrength> strengths = new ArrayList<>();
        for (Listed item : listed) {
            List<String> cited = Citations.in(item.text());
            if (item.strength()) {
                strengths.add(new ListedStrength(item.text(), item.number(), cited, item.heading(), item.start(),
                        item.end(), item.page()));
            } else {
                items.add(new ImprovementItem(item.text(), item.number(), cited, item.heading(), item.start(),
                        item.end(), item.page()));
            }
        }
        List<Finding> findings = NarrativeReading.read(text.text(), structure, sections, used);
        return new Statements(findings, items, strengths);
    }
}
