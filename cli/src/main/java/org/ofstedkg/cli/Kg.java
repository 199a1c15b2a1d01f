package org.ofstedkg.cli;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kg} command: one entry point, one subcommand per job. Each subcommand is thin: it parses its options,
 * calls the library and prints; the work itself is in the library, where tests call it too.
 *
 * <p>Exit codes follow the usual convention: 0 success, 1 the job ran and found a problem (a graph that does not
 * conform, a document rejected), 2 a usage error (an unknown option, a missing database).
 */
@Command(
        name = "kg",
        mixinStandardHelpOptions = true,
        versionProvider = Kg.Version.class,
        description = "ofsted-kg: a knowledge graph of Ofsted's inspections of English local authority children's services.",
        subcommands = {
            InitCommand.class,
            LoadCommand.class,
            QueryCommand.class,
            ValidateCommand.class,
            CompactCommand.class,
            ExportCommand.class,
            GazetteerCommand.class,
            ServeCommand.class,
            ClassifyCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Run 'kg help COMMAND' for a command's options. Documentation: README.md.%n"})
public final class Kg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where commands that read statements ({@code kg classify}) read them: standard input, or a test's text. */
    private Reader input;

    /** Runs {@code kg} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code kg} with the given output streams, reading standard input, and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, new InputStreamReader(System.in, StandardCharsets.UTF_8), out, err);
    }

    /** Runs {@code kg} with the given input and output streams and returns its exit code, for tests. */
    static int run(String[] args, Reader in, PrintWriter out, PrintWriter err) {
        Kg kg = new Kg();
        kg.input = in;
        CommandLine commandLine = new CommandLine(kg);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        return commandLine.execute(args);
    }

    /** What the command reads statements from. */
    Reader input() {
        return input;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Kg.class.getPackage().getImplementationVersion();
            return new String[] {"kg " + (version == null ? "development" : version)};
        }
    }

    /**
     * Prints an unexpected failure as one line naming what failed, not a stack trace (set the environment variable
     * {@code KG_TRACE} for one); a usage problem found while running (such as a folder that is no database) exits 2
     * like any other usage error.
     */
    static final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parse) {
            String what = e.getMessage() != null ? e.getMessage() : e.toString();
            commandLine.getErr().println("kg " + commandLine.getCommandName() + ": " + what);
            if (System.getenv("KG_TRACE") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            if (e instanceof UsageProblem || e instanceof org.ofstedkg.loader.store.NoDatabaseException) {
                return CommandLine.ExitCode.USAGE;
            }
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /** A problem with what the user asked for, found only when running (a file that does not exist, say). */
    static final class UsageProblem extends Exception {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message);
        }
    }
}
