package org.livingreview.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.livingreview.manuscript.versions.Releases;
import org.livingreview.model.versions.RecordedVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.livingreview.model.ProjectLayout;

/** {@code living-review release}: records a new version of the review, for "what changed" and the PRISMA flow. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Records a new version of the review (commit both with the seeds): in seeds/versions.yaml"
                + " each paper's screening status and digests of its metadata and claims, and in"
                + " seeds/versions/N.yaml what the version says (claims, section prose, papers' metadata), so"
                + " later versions can show old and new text and 'build --version N' can rebuild it.")
final class ReleaseCommand implements Callable<Integer> {

    @Mixin
    private ProjectOption project;

    @Option(names = {"-m", "--message"}, paramLabel = "TEXT", description = "What this version is about.")
    private String message;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Report report = new Report(spec);
        Releases.Outcome outcome;
        try {
            outcome = Releases.release(project.dir(), message);
        } catch (IOException e) {
            report.error("cannot write " + ProjectLayout.VERSIONS_FILE + " (" + e.getMessage()
                    + ") — nothing was recorded");
            return LivingReview.EXIT_FAILURE;
        }
        report.problems(outcome.problems());
        if (outcome.failed()) {
            report.line("release failed: the review has errors, so no version was recorded");
            return LivingReview.EXIT_PROBLEMS;
        }
        RecordedVersion latest = outcome.latest();
        if (outcome.recorded().isEmpty()) {
            report.line("nothing changed since version " + latest.number() + " (" + latest.date()
                    + "); no version was recorded");
            return 0;
        }
        long claims = latest.papers().values().stream().mapToLong(p -> p.claims().size()).sum();
        report.line("recorded version " + latest.number() + " (" + latest.date() + "): "
                + Report.plural(latest.papers().size(), "paper") + ", " + Report.plural(claims, "claim")
                + " — commit " + ProjectLayout.VERSIONS_FILE + " and " + ProjectLayout.VERSION_SNAPSHOTS
                + "/ with the seeds");
        return 0;
    }
}
