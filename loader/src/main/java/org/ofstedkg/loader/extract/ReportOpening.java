package org.ofstedkg.loader.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.LoadIssue;
import org.ofstedkg.loader.text.ReportText;

/**
 * What every Ofsted report opens with, read the same way for every report kind: the first page, the inspected
 * authority (from the title block, else from the body text, noted), and the fieldwork dates (noted when absent).
 * It also holds the issues list the extractor goes on adding to.
 */
final class ReportOpening {

    final PageOne pageOne;
    final List<LoadIssue> issues = new ArrayList<>();
    final Issues note;
    final PageOne.NamedAuthority authority;
    final Optional<DateRange> dates;

    private ReportOpening(SourceFile file, ReportText text, Gazetteer gazetteer) throws NotAReportException {
        this.note = new Issues(file.fileName(), issues);
        this.pageOne = new PageOne(text);
        this.authority = pageOne.authority(gazetteer)
                .or(() -> note.authorityFromBody(gazetteer.mostMentionedIn(text.text())))
                .orElseThrow(() -> new NotAReportException(file.fileName(), "names no local authority that the gazetteer knows"));
        this.dates = pageOne.inspectionDates();
        if (dates.isEmpty()) {
            note.warn("no inspection dates in the text");
        }
    }

    /** Reads the opening of a report. */
    static ReportOpening read(SourceFile file, ReportText text, Gazetteer gazetteer) throws NotAReportException {
        return new ReportOpening(file, text, gazetteer);
    }

    LocalDate start() {
        return dates.map(DateRange::start).orElse(null);
    }

    LocalDate end() {
        return dates.map(DateRange::end).orElse(null);
    }

    String datesAsPrinted() {
        return dates.map(DateRange::asPrinted).orElse(null);
    }
}
