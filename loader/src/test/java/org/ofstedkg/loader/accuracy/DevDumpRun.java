package org.ofstedkg.loader.accuracy;

import java.nio.file.*;
import java.util.*;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.extract.Extraction;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.*;
import org.ofstedkg.loader.text.ReportText;

class DevDumpRun {
    @Test
    void run() throws Exception {
        Path dumps = Path.of("/tmp/corpus-text");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dumps));
        Map<String, CSVRecord> gold = CorpusGold.read(Path.of("/work/shared/gold/corpus-facts.csv"));
        Extraction extraction = Extraction.standard();
        FieldScore score = new FieldScore();
        for (var e : gold.entrySet()) {
            Path dump = dumps.resolve(e.getKey().replace(".pdf", ".txt"));
            CSVRecord g = e.getValue();
            if (!Files.exists(dump)) continue;
            String raw = Files.readString(dump);
            String[] pages = raw.split("\f");
            List<ReportText.Line> lines = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < pages.length; p++) for (String l : pages[p].split("\n")) {
                String t = l.strip(); if (t.isEmpty()) continue;
                if (text.length() > 0) text.append('\n');
                lines.add(new ReportText.Line(t, text.length(), p + 1)); text.append(t);
            }
            ReportText rt = new ReportText(text.toString(), lines, pages.length, "application/pdf", null);
            ReportDocument d;
            try { d = extraction.extract(new SourceFile(dump, new byte[0], "0".repeat(64)), rt); }
            catch (Exception ex) { score.score("rejected", e.getKey(), "loaded", ex.getMessage()); continue; }
            InspectionFacts f = d.inspection();
            String kind = g.get("kind");
            score.score("kind", e.getKey(), kind, CorpusGold.kindAgrees(kind, f.kindId()) ? kind : f.kindId());
            score.score("authority", e.getKey(), g.get("authority_urn"), f.authority().ofstedUrn());
            score.score("start", e.getKey(), g.get("inspection_start"), Objects.toString(f.startDate(), null));
            score.score("end", e.getKey(), g.get("inspection_end"), Objects.toString(f.endDate(), null));
            score.score("lead", e.getKey(), g.get("lead_inspector"), f.team().stream().filter(m -> m.roleId().equals("lead-inspector")).map(m -> m.name()).reduce((a, b) -> a + "; " + b).orElse(null));
            for (String col : CorpusGold.GRADE_COLUMNS) {
                String area = CorpusGold.areaOf(col, kind);
                String got = f.judgements().stream().filter(j -> j.areaId().equals(area)).map(Judgement::gradeId).findFirst().orElse(null);
                score.score("grade " + col, e.getKey(), g.get(col), got);
            }
        }
        System.out.println(score.report());
    }
}
