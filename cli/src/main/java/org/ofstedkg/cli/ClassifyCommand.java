package org.ofstedkg.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ofstedkg.loader.classify.Classification;
import org.ofstedkg.loader.classify.RuleClassifier;
import org.ofstedkg.loader.classify.StatementClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg classify}: classifies statements read one per line from standard input, with the classifier the loader
 * uses, and writes one JSON object per line with the polarity, the themes and why.
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Classify statements of inspection reports: their polarity (strength, weakness, mixed, neutral) and their "
                    + "practice themes, with the reasons. Reads one statement per line from standard input, as plain "
                    + "text or as a JSON object {\"text\": ..., \"section\": ...}; writes one JSON object per line: "
                    + "{\"text\", \"polarity\", \"themes\", \"why\"}.",
            "Exits 1 if a line could not be read as a statement (the others are still classified)."
        })
final class ClassifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Kg kg;

    @Option(names = "--section", paramLabel = "HEADING",
            description = "The heading plain-text statements sit under ('What needs to improve'); a JSON line's own "
                    + "\"section\" takes precedence.")
    String section;

    private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();

    @Override
    public Integer call() throws IOException {
        StatementClassifier classifier = RuleClassifier.standard();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BufferedReader in = new BufferedReader(kg.input());
        int lineNumber = 0;
        int unreadable = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String text = line.strip();
            String heading = section;
            if (text.startsWith("{")) {
                try {
                    JsonObject object = JsonParser.parseString(text).getAsJsonObject();
                    text = string(object, "text");
                    heading = object.has("section") ? string(object, "section") : section;
                } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
                    err.println("kg classify: line " + lineNumber + " is not a JSON object with a \"text\" string: "
                            + abbreviate(line));
                    unreadable++;
                    continue;
                }
                if (text == null) {
                    err.println("kg classify: line " + lineNumber + " has no \"text\": " + abbreviate(line));
                    unreadable++;
                    continue;
                }
            }
            out.println(gson.toJson(json(text, classifier.classify(text, heading))));
        }
        out.flush();
        return unreadable == 0 ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
    }

    /** The output object, members in a fixed order so that lines compare as text. */
    private static Map<String, Object> json(String text, Classification classification) {
        Map<String, Object> themes = new LinkedHashMap<>();
        for (Classification.ThemeTag tag : classification.themes()) {
            Map<String, String> reason = new LinkedHashMap<>();
            reason.put("matchedBy", tag.matchedBy());
            reason.put("matchedText", tag.matchedText());
            themes.put(tag.themeId(), reason);
        }
        Map<String, Object> why = new LinkedHashMap<>();
        why.put("polarity", classification.polarityReasons());
        why.put("themes", themes);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("text", text);
        result.put("polarity", classification.polarity());
        result.put("themes", classification.themes().stream().map(Classification.ThemeTag::themeId).toList());
        result.put("why", why);
        return result;
    }

    private static String string(JsonObject object, String member) {
        JsonElement value = object.get(member);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
