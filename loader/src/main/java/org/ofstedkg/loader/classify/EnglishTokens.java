package org.ofstedkg.loader.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits English text into lower-cased, Porter-stemmed words with their positions, so that 'assessments',
 * 'assessed' and 'assessment' compare equal. Every word is kept, stop words too, because labels and cues are matched
 * as whole word sequences ('oversight of cases'). Statements and labels go through the same analysis.
 */
final class EnglishTokens {

    /**
     * One word of a text: its stem, the word itself in lower case (apostrophes straightened), and where it sits.
     * Themes match on stems; polarity cues match on words, because stems conflate what cues must keep apart
     * ('timely' and 'time', 'missed' and 'missing').
     */
    record Token(String stem, String word, int start, int end) {}

    /** Lucene's Analyzer reuses its token streams per thread, so one instance serves every caller. */
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new EnglishPossessiveFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private EnglishTokens() {}

    /** The words of a text, in order. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = text.substring(offset.startOffset(), offset.endOffset())
                        .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                tokens.add(new Token(term.toString(), word, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            // A StringReader does not fail; this would be a broken analyser.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The words alone of a phrase, for a cue to be compared with a statement's words. */
    static List<String> words(String phrase) {
        return of(phrase).stream().map(Token::word).toList();
    }

    /** The stems alone of a phrase, for a label to be compared with a statement's stems. */
    static List<String> stems(String phrase) {
        return of(phrase).stream().map(Token::stem).toList();
    }
}
