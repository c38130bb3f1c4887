package org.newsgraph.cli;

import picocli.CommandLine.Command;

/** The top-level command; without a sub-command it prints its usage on standard error and exits 2. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "News articles in, events out: who did what to whom, when and where, with evidence.",
        subcommands = {IngestCommand.class, ArticlesCommand.class, EventsCommand.class, ShowCommand.class, SearchCommand.class, ExportCommand.class, WatchCommand.class, AlertCommand.class,
                EvalCommand.class, EvalEcbPlusCommand.class, TrainClustererCommand.class, TrainEventTypesCommand.class, EvalExternalCommand.class, BenchCommand.class, DemoCommand.class, ServeCommand.class, PublishCommand.class, picocli.CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure of newsgraph or its environment", "2:usage error",
                "3:finished, but some inputs were skipped (see the report)"})
final class NewsgraphCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
