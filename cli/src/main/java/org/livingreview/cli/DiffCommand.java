package org.livingreview.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.livingreview.manuscript.versions.VersionComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code living-review diff}: what changed between two versions, with the old and new text of each change. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Prints what changed between two recorded versions, or a version and the current draft,"
                + " as CHANGES.md does: papers added, removed, re-screened or corrected (field by field), and"
                + " claims and section prose with deleted words ~~struck~~ and inserted words **bold**.")
final class DiffCommand implements Callable<Integer> {

    @Mixin
    private ProjectOption project;

    @Option(names = "--from", paramLabel = "N", description = "The earlier version (default: the latest).")
    private Integer from;

    @Option(names = "--to", paramLabel = "M|draft", defaultValue = "draft",
            description = "The later version, or 'draft' for the current seeds (default: draft).")
    private String to;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Integer toVersion = null;
        if (!to.equals("draft")) {
            if (!to.matches("\\d{1,6}")) {
                throw new ParameterException(spec.commandLine(), "--to takes a version number or 'draft', not '"
                        + to + "'");
            }
            toVersion = Integer.valueOf(to);
        }
        Report report = new Report(spec);
        VersionComparison.Outcome outcome;
        try {
            outcome = VersionComparison.compare(project.dir(), from, toVersion);
        } catch (IOException e) {
            report.error("cannot read the seeds (" + e.getMessage() + ")");
            return LivingReview.EXIT_FAILURE;
        }
        report.problems(outcome.problems());
        if (outcome.document().isEmpty()) {
            return LivingReview.EXIT_PROBLEMS;
        }
        spec.commandLine().getOut().print(outcome.document().get());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
