package org.ofstedkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofstedkg.ontology.Iris;
import org.ofstedkg.ontology.Ofk;

class KgTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kg(String... args) {
        return Kg.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsEverySubcommandAndExitsZero() {
        assertEquals(0, kg("--help"));
        for (String command : new String[] {"init", "validate", "gazetteer", "serve", "help"}) {
            assertTrue(out.toString().contains("\n  " + command + " "), command + " missing from:\n" + out);
        }
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        assertEquals(2, kg("validate", "--db", temp.toString(), "--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
    }

    @Test
    void validatingAFolderThatHoldsNoDatabaseIsAUsageErrorNamingTheFolder() {
        Path empty = temp.resolve("nothing-here");
        assertEquals(2, kg("validate", "--db", empty.toString()));
        assertEquals("kg validate: " + empty + " holds no TDB2 database (create one with `kg init --db " + empty + "`)\n",
                err.toString());
    }

    @Test
    void servingAFolderThatHoldsNoDatabaseWithNothingToLoadIsAUsageError() {
        Path empty = temp.resolve("nothing-here");
        assertEquals(2, kg("serve", "--db", empty.toString(), "--port", "0"));
        assertEquals("kg serve: " + empty + " holds no TDB2 database (create one with `kg init --db " + empty + "`)\n",
                err.toString());
    }

    @Test
    void servingWithAMissingPasswordFileIsAUsageErrorNamingTheFile() {
        Path missing = temp.resolve("passwords");
        assertEquals(2, kg("serve", "--db", temp.toString(), "--admin-password-file", missing.toString()));
        assertEquals("kg serve: " + missing + ": no such file\n", err.toString());
    }

    @Test
    void aFreshlyInitialisedDatabaseConformsToTheShapes() {
        Path db = temp.resolve("db");
        assertEquals(0, kg("init", "--db", db.toString()), err.toString());
        assertEquals(0, kg("validate", "--db", db.toString()), out + err.toString());
        assertTrue(out.toString().endsWith(db + " conforms to the shapes\n"), out.toString());
    }

    @Test
    void aGraphThatBreaksTheShapesFailsValidationWithExitOneAndAReport() {
        Path db = temp.resolve("db");
        assertEquals(0, kg("init", "--db", db.toString()));
        Model broken = ModelFactory.createDefaultModel();
        broken.createResource(Iris.ID + "inspection/99999/ilacs/2024-07-19", Ofk.Inspection)
                .addProperty(Ofk.startDate, "not a date");
        Dataset dataset = TDB2Factory.connectDataset(db.toString());
        Txn.executeWrite(dataset, () -> dataset.addNamedModel(Iris.ID + "graph/0123456789abcdef", broken));

        out.getBuffer().setLength(0);
        assertEquals(1, kg("validate", "--db", db.toString()), out + err.toString());
        String inspection = "<https://w3id.org/ofsted-kg/id/inspection/99999/ilacs/2024-07-19>";
        assertEquals(String.join("\n",
                db + " does not conform: 3 results",
                "       1  An inspection has at most one start date, an xsd:date no later than its end date.",
                "       1  An inspection needs exactly one inspected authority, an ofk:LocalAuthority.",
                "       1  An inspection needs exactly one kind, a concept of the inspection-kind scheme.",
                "",
                "Violation: " + inspection + " ofk:inspectedAuthority: An inspection needs exactly one inspected authority, an ofk:LocalAuthority.",
                "Violation: " + inspection + " ofk:inspectionKind: An inspection needs exactly one kind, a concept of the inspection-kind scheme.",
                "Violation: " + inspection + " ofk:startDate: An inspection has at most one start date, an xsd:date no later than its end date. (value \"not a date\")",
                ""), out.toString());
    }

    @Test
    void versionNamesTheCommand() {
        assertEquals(0, kg("--version"));
        assertTrue(out.toString().startsWith("kg "), out.toString());
    }

    @Test
    void gazetteerWithAMissingLookupTableIsAUsageError() {
        Path missing = temp.resolve("missing.csv");
        assertEquals(2, kg("gazetteer", "--lookup", missing.toString(), "--out", temp.resolve("a.ttl").toString()));
        assertEquals("kg gazetteer: " + missing + ": no such file (give the lookup table with --lookup)\n", err.toString());
    }

}
