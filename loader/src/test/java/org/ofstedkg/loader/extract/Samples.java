package org.ofstedkg.loader.extract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.ofstedkg.loader.gazetteer.Gazetteer;
import org.ofstedkg.loader.read.SourceFile;
import org.ofstedkg.loader.report.ReportDocument;
import org.ofstedkg.loader.report.TeamMember;
import org.ofstedkg.ontology.OntologyResources;

/**
 * The project's fictional samples ({@code samples/} at the top of the repository) for extractor tests: the report
 * texts, their expected facts, and a gazetteer that knows the two fictional authorities beside the real ones.
 */
final class Samples {

    private static final Path FOLDER = locate();
    private static Gazetteer gazetteer;

    private Samples() {}

    static Path report(String fileName) {
        return FOLDER.resolve("reports").resolve(fileName);
    }

    static Path bad(String fileName) {
        return FOLDER.resolve("bad").resolve(fileName);
    }

    /** The expected facts of {@code reports/<base>.*}. */
    static JsonObject expected(String base) {
        try {
            return JsonParser.parseString(Files.readString(FOLDER.resolve("expected").resolve(base + ".expected.json"),
                    StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled gazetteer with the fictional Borsetshire (9999901) and Felpersham (9999902) added. */
    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            Model model = OntologyResources.authorities();
            model.add(RDFDataMgr.loadModel(FOLDER.resolve("fictional-authorities.ttl").toString()));
            gazetteer = Gazetteer.of(model);
        }
        return gazetteer;
    }

    /** A sample read by {@code extractor}, with the kind its opening announces. */
    static ReportDocument extract(ReportExtractor extractor, String fileName) throws IOException, NotAReportException {
        Path path = report(fileName);
        var text = TestTexts.read(path);
        return extractor.extract(SourceFile.read(path), text, ReportKind.of(text).orElseThrow());
    }

    /** A JSON string or null. */
    static String string(JsonObject object, String member) {
        JsonElement element = object.get(member);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    /** The expected team as "name | role as printed" pairs. */
    static List<String> team(JsonObject expected) {
        List<String> team = new ArrayList<>();
        JsonArray members = expected.getAsJsonArray("team");
        members.forEach(m -> team.add(string(m.getAsJsonObject(), "name") + " | " + string(m.getAsJsonObject(), "role_as_printed")));
        return team;
    }

    static List<String> team(List<TeamMember> members) {
        List<String> team = new ArrayList<>();
        members.forEach(m -> team.add(m.name() + " | " + m.roleAsPrinted()));
        return team;
    }

    /** The expected judgements as "area | grade | area as printed | grade as printed". */
    static List<String> judgements(JsonObject expected) {
        List<String> judgements = new ArrayList<>();
        expected.getAsJsonArray("judgements").forEach(j -> {
            JsonObject o = j.getAsJsonObject();
            judgements.add(string(o, "area_id") + " | " + string(o, "grade_id") + " | " + string(o, "area_as_printed")
                    + " | " + string(o, "grade_as_printed"));
        });
        return judgements;
    }

    static List<String> judgements(ReportDocument document) {
        List<String> judgements = new ArrayList<>();
        document.inspection().judgements().forEach(j -> judgements.add(j.areaId() + " | " + j.gradeId() + " | "
                + j.areaAsPrinted() + " | " + j.gradeAsPrinted()));
        return judgements;
    }

    private static Path locate() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples").resolve("reports"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found above " + Paths.get("").toAbsolutePath());
    }
}
