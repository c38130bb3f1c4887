package org.newsgraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code newsgraph} command. */
public final class Main {
    /**
     * Lucene warns through java.util.logging when the JDK is newer than it knows; the warning is harmless (it
     * falls back to scalar code) and would pollute every command's output. Held here so the setting sticks.
     */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private Main() {
    }

    /** One sentence on standard error (the stack trace too when NEWSGRAPH_DEBUG is set); exit status 1. */
    private static int fail(Throwable e, PrintWriter err) {
        err.println("newsgraph: " + FailureText.describe(e));
        if (System.getenv("NEWSGRAPH_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new NewsgraphCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args2) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("newsgraph: " + e.getMessage().lines().findFirst().orElse("bad usage")
                    + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, commandLine.getErr()));
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            return fail(e, err);
        }
    }
}
