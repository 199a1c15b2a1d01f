package org.ofstedkg.loader.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ofstedkg.loader.read.UnreadableDocumentException.Reason;
import org.ofstedkg.loader.text.ReportText;

/**
 * What every {@link ReportReader} promises, checked on a sample each concrete test supplies: it takes its sample,
 * reads it into text whose lines sit exactly at their offsets, with the reader's media type, and rejects an empty
 * file by name.
 */
public abstract class ReportReaderContract {

    /** The reader under test. */
    protected abstract ReportReader reader();

    /** A small invented file the reader reads. */
    protected abstract SourceFile sample();

    @Test
    public void acceptsItsSample() {
        assertTrue(reader().accepts(sample()));
    }

    @Test
    public void readsWithItsOwnMediaType() throws UnreadableDocumentException {
        assertEquals(reader().mediaType(), reader().read(sample()).mediaType());
    }

    @Test
    public void everyLineSitsAtItsOffsetInTheText() throws UnreadableDocumentException {
        ReportText text = reader().read(sample());
        assertFalse(text.lines().isEmpty());
        assertEquals(text.lines().stream().map(ReportText.Line::text).collect(Collectors.joining("\n")), text.text());
        for (ReportText.Line line : text.lines()) {
            assertEquals(line.text(), text.text().substring(line.start(), line.end()), "line at " + line.start());
        }
    }

    @Test
    public void leavesNoBlankLineAtEitherEndAndNoTwoInARow() throws UnreadableDocumentException {
        ReportText text = reader().read(sample());
        assertFalse(text.lines().get(0).isBlank());
        assertFalse(text.lines().get(text.lines().size() - 1).isBlank());
        assertFalse(text.text().contains("\n\n\n"));
    }

    @Test
    public void rejectsAnEmptyFileAsEmptyNamingIt() {
        String name = "empty." + sample().extension();
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> reader().read(SourceFile.of(Path.of(name), new byte[0])));
        assertEquals(Reason.EMPTY, e.reason());
        assertEquals(name + " is empty", e.getMessage());
        assertEquals(name, e.fileName());
    }
}
