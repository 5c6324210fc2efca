package org.livingreview.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.Set;
import org.livingreview.manuscript.build.BuildRequest;
import org.livingreview.manuscript.build.BuildResult;
import org.livingreview.manuscript.build.ReviewBuild;
import org.livingreview.manuscript.pdf.PdfOutput;
import org.livingreview.manuscript.build.VersionRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code living-review build}: checks the seeds and writes the review's outputs. */
@Command(name = "build",
        description = "Checks the seeds and writes the review's outputs (review.md, review.pdf, review-changes.pdf,"
                + " review.html, review-changes.html, review.docx, references.json, references.bib, references.ris). With errors, nothing is written"
                + " and the previous outputs stay"
                + " as they were.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    private ProjectOption project;

    @Mixin
    private OutputOption output;

    @picocli.CommandLine.Option(names = "--force", description = "Rebuild every output, even those up to date.")
    private boolean force;

    @picocli.CommandLine.Option(names = "--no-pdf", negatable = false,
            description = "Skip the PDF (a quicker draft); the previous review.pdf is left as it was.")
    private boolean noPdf;

    @picocli.CommandLine.Option(names = "--frozen-citations", negatable = false,
            description = "Write review.docx's citations as plain text, not as Zotero fields (for journals that"
                    + " forbid fields).")
    private boolean frozenCitations;

    @picocli.CommandLine.Option(names = "--style", paramLabel = "ID",
            description = "A CSL style id or .csl file for this build only (default: the style in seeds/review.yaml).")
    private String style;

    // Only -h/--help: the standard --version (the tool's version) would clash with the version to rebuild.
    @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @picocli.CommandLine.Option(names = "--version", paramLabel = "N",
            description = "Rebuild recorded version N from its snapshot (seeds/versions/N.yaml), with the current"
                    + " templates, into target/review/version-N (or --out).")
    private Integer version;

    @Spec
    private CommandSpec spec;

    private java.nio.file.Path outputDir() {
        return version != null && output.out == null ? VersionRebuild.defaultOutput(project.dir(), version)
                : output.dir(project.dir());
    }

    @Override
    public Integer call() {
        Report report = new Report(spec);
        BuildResult result;
        try {
            result = version != null
                    ? VersionRebuild.build(project.dir(), outputDir(), version, !noPdf)
                    : ReviewBuild.build(BuildRequest.of(project.dir(), outputDir()).withStyle(style)
                    .forced(force).skipping(noPdf ? Set.of(PdfOutput.NAME) : Set.of()).frozenCitations(frozenCitations)
                    .notifying(notice -> spec.commandLine().getErr().println(notice)));
        } catch (IOException e) {
            report.error("the build failed (" + e.getMessage() + ") — the previous outputs in "
                    + outputDir() + " were left as they were");
            return LivingReview.EXIT_FAILURE;
        }
        report.problems(result.problems());
        if (!result.succeeded() && result.loaded() == null) {
            report.line("build failed; nothing was written");
            return LivingReview.EXIT_PROBLEMS;
        }
        if (!result.succeeded()) {
            report.line(CheckCommand.summary(result.loaded()).replace("check failed", "build failed")
                    + "; nothing was written");
            return LivingReview.EXIT_PROBLEMS;
        }
        if (result.upToDate()) {
            report.line("the review is up to date in " + result.outputDir() + " (nothing changed since the last"
                    + " build; --force rebuilds)");
            return 0;
        }
        report.line("built " + (version != null ? "version " + version + " in " : "") + result.outputDir() + ": " + String.join(", ", result.written()) + " ("
                + Report.plural(result.loaded().review().papers().size(), "paper") + ")");
        return 0;
    }
}
