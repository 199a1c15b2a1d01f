package org.ofstedkg.loader.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Writes hostile inputs for the loader into a folder, from the fictional sample reports and from nothing: each
 * kind of damage a download, a converter or a careless user can do to a file, in many variants, all made at run
 * time from a fixed seed so that a failure can be replayed.
 */
final class HostileInputs {

    /** The kinds of hostile input, with how many of each are written. */
    enum Kind {
        TRUNCATED_PDF(150), BIT_FLIPPED_PDF(40), RANDOM_BYTES_PDF(170), ENCRYPTED_PDF(40), ZERO_BYTES(40),
        HUGE_FILE(4), BINARY_NAMED_TXT(120), INVALID_UTF8(120), HTML_ERROR_PAGE(120), NOT_A_REPORT(120),
        NO_JUDGEMENT_TABLE(40), EVERY_LINE_REPEATED(60);

        final int count;

        Kind(int count) {
            this.count = count;
        }
    }

    /** A written input, its kind, and the sample report it was made from (null when made from nothing). */
    record Input(Kind kind, Path file, Path original) {}

    static final Path SAMPLES = Path.of("..", "samples", "reports");
    private static final List<String> SAMPLE_PDFS =
            List.of("borsetshire-ilacs-2024.pdf", "borsetshire-sif-2015.pdf", "felpersham-letter-2010.pdf");
    private static final List<String> GRADED_TEXTS = List.of("borsetshire-ilacs-2024.txt", "borsetshire-sif-2015.txt");
    private static final List<String> SAMPLE_TEXTS = List.of("borsetshire-ilacs-2024.txt", "borsetshire-sif-2015.txt",
            "borsetshire-jtai-2023.txt", "borsetshire-monitoring-visit-2022.txt", "felpersham-letter-2010.txt",
            "borsetshire-lscb-review-2016.txt");
    private static final List<String> GRADES = List.of("outstanding", "good", "require improvement",
            "requires improvement", "inadequate", "adequate");
    private static final List<String> WORDS = List.of("the", "council", "meeting", "agreed", "budget", "minutes",
            "recipe", "flour", "butter", "children", "park", "library", "opening", "hours", "bin", "collection",
            "weekly", "residents", "parking", "permit", "planning", "application", "road", "closure", "and", "of");
    /** How much a huge file claims on disk: sparse, so it costs no space, yet far over any sensible limit. */
    static final long HUGE_BYTES = 3L * 1024 * 1024 * 1024;

    private final Random random;
    private final Path folder;

    HostileInputs(long seed, Path folder) {
        this.random = new Random(seed);
        this.folder = folder;
    }

    /** Writes every kind's inputs into the folder. */
    List<Input> writeAll() throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < kind.count; i++) {
                inputs.add(new Input(kind, write(kind, i), original(kind, i)));
            }
        }
        return inputs;
    }

    static Map<Kind, Integer> counts(List<Input> inputs) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        inputs.forEach(input -> counts.merge(input.kind(), 1, Integer::sum));
        return counts;
    }

    private Path write(Kind kind, int i) throws IOException {
        String stem = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + i;
        return switch (kind) {
            case TRUNCATED_PDF -> file(stem + ".pdf", truncated(samplePdf(i)));
            case BIT_FLIPPED_PDF -> file(stem + ".pdf", bitFlipped(samplePdf(i)));
            case RANDOM_BYTES_PDF -> file(stem + ".pdf", randomPdf(i));
            case ENCRYPTED_PDF -> file(stem + ".pdf", encrypted(samplePdf(i)));
            case ZERO_BYTES -> file(stem + "." + List.of("pdf", "txt", "md", "html").get(i % 4), new byte[0]);
            case HUGE_FILE -> huge(stem + "." + List.of("pdf", "txt").get(i % 2));
            case BINARY_NAMED_TXT -> file(stem + "." + List.of("txt", "md").get(i % 2), binary());
            case INVALID_UTF8 -> file(stem + "." + List.of("txt", "md").get(i % 2), invalidUtf8());
            case HTML_ERROR_PAGE -> file(stem + "." + List.of("pdf", "html", "txt").get(i % 3), errorPage(i));
            case NOT_A_REPORT -> file(stem + "." + List.of("txt", "md").get(i % 2), prose(40 + i).getBytes(StandardCharsets.UTF_8));
            case NO_JUDGEMENT_TABLE -> file(stem + ".txt", withoutGrades(sampleText(GRADED_TEXTS, i), i));
            case EVERY_LINE_REPEATED -> file(stem + ".txt", everyLineRepeated(sampleText(SAMPLE_TEXTS, i) + "\n".repeat(i), 2 + i % 3));
        };
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private Path huge(String name) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            sparse.setLength(HUGE_BYTES);
        }
        return file;
    }

    /** The sample PDF that a kind damages, for the kinds that damage one. */
    private static Path original(Kind kind, int i) {
        return switch (kind) {
            case TRUNCATED_PDF, BIT_FLIPPED_PDF, ENCRYPTED_PDF ->
                    SAMPLES.resolve(SAMPLE_PDFS.get(i % SAMPLE_PDFS.size()));
            default -> null;
        };
    }

    private static byte[] samplePdf(int i) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(SAMPLE_PDFS.get(i % SAMPLE_PDFS.size())));
    }

    private static String sampleText(List<String> names, int i) throws IOException {
        return Files.readString(SAMPLES.resolve(names.get(i % names.size())));
    }

    /** Cut anywhere before the end marker is complete, as a broken download leaves a file. */
    private byte[] truncated(byte[] pdf) {
        int end = new String(pdf, StandardCharsets.ISO_8859_1).lastIndexOf("%%EOF") + 4;
        return Arrays.copyOf(pdf, random.nextInt(end));
    }

    /** One to eight bits flipped anywhere in the file. */
    private byte[] bitFlipped(byte[] pdf) {
        byte[] copy = pdf.clone();
        int flips = 1 + random.nextInt(8);
        for (int f = 0; f < flips; f++) {
            int at = random.nextInt(copy.length);
            copy[at] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    /** Random bytes; every other one dressed with a PDF's header and end marker so that PDFBox has to parse it. */
    private byte[] randomPdf(int i) {
        byte[] noise = new byte[1 + random.nextInt(64 * 1024)];
        random.nextBytes(noise);
        if (i % 2 == 1) {
            return noise;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(noise);
        out.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-" + random.nextInt(), "user-" + random.nextInt(), new AccessPermission());
            policy.setEncryptionKeyLength(List.of(40, 128, 256).get(random.nextInt(3)));
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private byte[] binary() {
        byte[] bytes = new byte[1 + random.nextInt(32 * 1024)];
        random.nextBytes(bytes);
        bytes[random.nextInt(bytes.length)] = 0;
        return bytes;
    }

    /** Prose broken by byte sequences that are not UTF-8: lone continuation bytes, cut sequences, overlong forms. */
    private byte[] invalidUtf8() {
        List<byte[]> broken = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3, '('},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xFF});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String word : prose(60).split(" ")) {
            out.writeBytes(word.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(random.nextInt(4) == 0 ? broken.get(random.nextInt(broken.size())) : new byte[] {' '});
        }
        return out.toByteArray();
    }

    private byte[] errorPage(int i) {
        List<String> statuses = List.of("404 Not Found", "500 Internal Server Error", "503 Service Unavailable",
                "403 Forbidden", "502 Bad Gateway");
        String status = statuses.get(i % statuses.size());
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>" + status + "</title></head>\n<body><h1>"
                + status + "</h1>\n<p>" + prose(20 + i % 30) + "</p>\n<p>Reference #" + random.nextInt(1_000_000)
                + "</p></body></html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private String prose(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(w % 12 == 11 ? ".\n" : " ");
        }
        return text.toString();
    }

    /** A graded report with every line that names a grade taken out: no judgement table, no graded headings. */
    private byte[] withoutGrades(String report, int i) {
        StringBuilder kept = new StringBuilder();
        for (String line : report.split("\n", -1)) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (GRADES.stream().noneMatch(lower::contains)) {
                kept.append(line).append('\n');
            }
        }
        return (kept + "\n".repeat(i)).getBytes(StandardCharsets.UTF_8);
    }

    /** Every line written {@code times} times over, as a converter that loops over its input does. */
    private static byte[] everyLineRepeated(String report, int times) {
        StringBuilder text = new StringBuilder();
        for (String line : report.split("\n", -1)) {
            text.append((line + "\n").repeat(times));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
