package org.ofstedkg.loader.extract;

import java.util.List;
import java.util.Optional;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.DocumentKind;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.text.ReportText;

/**
 * Chooses the extractor for a document by its {@link ReportKind} from an explicit list, and runs it. A text that
 * announces no known kind but carries ILACS judgement headings (an OCR copy that lost its title page) is read as
 * an ILACS report, noted as such.
 */
public final class Extraction {

    private final List<ReportExtractor> extractors;
    private final JudgementVocabulary vocabulary;

    public Extraction(List<ReportExtractor> extractors, JudgementVocabulary vocabulary) {
        this.extractors = List.copyOf(extractors);
        this.vocabulary = vocabulary;
    }

    /** The extractors for every kind the project reads, with the bundled gazetteer and vocabularies. */
    public static Extraction standard() {
        return standard(Gazetteer.bundled());
    }

    /** The extractors for every kind the project reads, resolving authorities through {@code gazetteer}. */
    public static Extraction standard(Gazetteer gazetteer) {
        JudgementVocabulary vocabulary = JudgementVocabulary.bundled();
        return new Extraction(List.of(
                new IlacsReportExtractor(gazetteer, vocabulary),
                new SifReportExtractor(gazetteer, vocabulary),
                new LookedAfterChildrenExtractor(gazetteer, vocabulary),
                new LscbReviewExtractor(gazetteer, vocabulary),
                new LetterExtractor(gazetteer),
                new CommitteeReportExtractor(gazetteer, vocabulary)), vocabulary);
    }

    /** What the document says, by the extractor for its kind. */
    public ReportDocument extract(SourceFile file, ReportText text) throws NotAReportException {
        RepeatedLines.Count repeats = RepeatedLines.of(text.lines());
        if (repeats.tooMany()) {
            throw new NotAReportException(file.fileName(), "repeats its lines: " + repeats.repeated() + " of its "
                    + repeats.lines() + " lines stand in runs of the same line, as a converter caught in a loop writes them");
        }
        Choice choice = choose(file, text);
        ReportDocument document = choice.extractor().extract(file, text, choice.kind());
        // Every framework's report grades at least one judgement; one without any has lost its table and headings.
        if (document.kind() == DocumentKind.INSPECTION_REPORT && document.inspection().judgements().isEmpty()) {
            throw new NotAReportException(file.fileName(), "is a report (" + choice.kind().name()
                    + ") without a single judgement: no judgement table and no graded headings");
        }
        return document;
    }

    /** The extractor that reads the document, chosen by the kind its opening announces. */
    public ReportExtractor extractorFor(SourceFile file, ReportText text) throws NotAReportException {
        return choose(file, text).extractor();
    }

    private record Choice(ReportKind kind, ReportExtractor extractor) {}

    private Choice choose(SourceFile file, ReportText text) throws NotAReportException {
        ReportKind kind = ReportKind.of(text).or(() -> byJudgementHeadings(text)).orElseThrow(() ->
                new NotAReportException(file.fileName(), "is not an inspection report, letter or committee paper: "
                        + "no title of a known kind and no judgement headings"));
        for (ReportExtractor extractor : extractors) {
            if (extractor.kinds().contains(kind.name())) {
                return new Choice(kind, extractor);
            }
        }
        throw new NotAReportException(file.fileName(), "is a " + kind.name() + " document, which this loader cannot read yet");
    }

    private Optional<ReportKind> byJudgementHeadings(ReportText text) {
        int headings = GradedHeadings.find(text.lines(), IlacsReportExtractor.FRAMEWORK, vocabulary, text.text().length()).size();
        return headings >= 2
                ? Optional.of(new ReportKind("ilacs", "ilacs", headings + " graded ILACS judgement headings"))
                : Optional.empty();
    }
}
