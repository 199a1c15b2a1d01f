package org.ofstedkg.loader.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ofstedkg.loader.text.ReportText;
import org.ofstedkg.loader.text.ReportText.Line;

/**
 * A stand-in for the readers, for extractor tests only: builds the normalised text of a plain-text, Markdown or
 * HTML file crudely (lines trimmed, bullet glyphs to {@value ReportText#BULLET}, bare page numbers dropped, runs of
 * blank lines collapsed; Markdown marks and HTML tags stripped), unpaged.
 */
final class TestTexts {

    private static final Pattern BULLET_GLYPH = Pattern.compile("^[\uf0b7\uf0a7\u25fc\u00b7\u2022\u25aa]\\s*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title>(.*?)</title>");

    private TestTexts() {}

    static ReportText read(Path file) throws IOException {
        return of(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** The normalised text of {@code content}, read as the kind of file {@code fileName} names. */
    static ReportText of(String content, String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        String title = null;
        String mediaType = "text/plain";
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            Matcher matcher = HTML_TITLE.matcher(content);
            title = matcher.find() ? decode(matcher.group(1).strip()) : null;
            content = html(content);
            mediaType = "text/html";
        } else if (name.endsWith(".md")) {
            content = markdown(content);
            mediaType = "text/markdown";
        }
        return lines(content, mediaType, title);
    }

    private static ReportText lines(String content, String mediaType, String title) {
        StringBuilder text = new StringBuilder();
        List<Line> lines = new ArrayList<>();
        boolean lastBlank = true;
        for (String raw : content.replace("\r", "").replace("\f", "\n").split("\n", -1)) {
            String line = BULLET_GLYPH.matcher(raw.strip()).replaceFirst(ReportText.BULLET + " ");
            if (PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            if (line.isEmpty()) {
                if (lastBlank) {
                    continue;
                }
                lastBlank = true;
            } else {
                lastBlank = false;
            }
            if (!lines.isEmpty()) {
                text.append('\n');
            }
            lines.add(new Line(line, text.length(), 0));
            text.append(line);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        String all = text.toString().strip();
        return new ReportText(all, lines, 0, mediaType, title);
    }

    private static String markdown(String content) {
        StringBuilder out = new StringBuilder();
        for (String line : content.split("\n", -1)) {
            String plain = line.replaceAll("</?sup>", "").replace("**", "").replaceFirst("^\\s*#{1,6}\\s*", "");
            plain = plain.replaceFirst("^(\\s*)- ", "$1" + ReportText.BULLET + " ");
            out.append(plain).append('\n');
        }
        return out.toString();
    }

    private static String html(String content) {
        String body = content.replaceAll("(?is)<head>.*?</head>", "").replaceAll("(?is)<!DOCTYPE[^>]*>", "");
        body = body.replaceAll("(?i)<br\\s*/?>[ \t]*\n?", "\n")
                .replaceAll("(?i)<li[^>]*>", "\n" + ReportText.BULLET + " ")
                .replaceAll("(?i)</(?:p|div|li|h[1-6]|address|ul|ol)>", "\n\n")
                .replaceAll("(?i)<(?:p|div|h[1-6]|address|ul|ol)(?:\\s[^>]*)?>", "\n\n")
                .replaceAll("<[^>]+>", "");
        // Lines inside one paragraph or list item stay apart, as the source breaks them.
        return decode(body);
    }

    private static String decode(String text) {
        return text.replace("&nbsp;", " ").replace("&rsquo;", "\u2019").replace("&lsquo;", "\u2018")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
