package org.livingreview.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code living-review} command: parses arguments and hands each subcommand to the library. */
@Command(name = "living-review",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps a literature review alive: checks its seeds and builds the draft and reference files.",
        subcommands = {CheckCommand.class, BuildCommand.class, DiffCommand.class, ImportCommand.class,
                ExportCommand.class, StylesCommand.class, ReleaseCommand.class, WatchCommand.class,
                PreviewCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the command succeeded",
                "1:the review's data, style or template has errors (each printed as path:line:column: error: ...)",
                "2:the command line is wrong (unknown option or command)",
                "3:the command failed for another reason (printed)"})
public final class LivingReview implements Runnable {

    static final int EXIT_PROBLEMS = 1;
    static final int EXIT_FAILURE = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests that capture its output. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new LivingReview());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("living-review: error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " — this is a bug in living-review; please report it with the command you ran");
            err.flush();
            return EXIT_FAILURE;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
