package org.ofstedkg.loader.read.markdown;

import java.util.Set;
import org.ofstedkg.loader.read.ReportReader;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.read.TextContent;
import org.ofstedkg.loader.read.UnreadableDocumentException;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.TextNormaliser;

/**
 * Reads a Markdown file ({@code .md}, {@code .markdown}), such as a council committee paper converted from Word,
 * as the plain lines a reader of the rendered page sees (see {@link MarkdownLines}); the title is the first
 * heading. Decoding and rejections as for plain text (see {@link TextContent}).
 */
public final class MarkdownReportReader implements ReportReader {

    /** The media type of Markdown. */
    public static final String MEDIA_TYPE = "text/markdown";

    private static final Set<String> EXTENSIONS = Set.of("md", "markdown");

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public boolean accepts(SourceFile file) {
        return EXTENSIONS.contains(file.extension());
    }

    @Override
    public ReportText read(SourceFile file) throws UnreadableDocumentException {
        MarkdownLines lines = MarkdownLines.of(TextContent.of(file));
        return TextNormaliser.fromText(lines.text(), MEDIA_TYPE, lines.title());
    }
}
