package org.livingreview.cli;

import java.util.concurrent.Callable;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Review;
import org.livingreview.model.ScreeningStatus;
import org.livingreview.model.Severity;
import org.livingreview.model.load.ReviewLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code living-review check}: loads and validates the seeds, printing every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the review's seeds and prints every problem as path:line:column: error: message.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private ProjectOption project;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        LoadedReview loaded = ReviewLoader.load(project.dir());
        Report report = new Report(spec);
        report.problems(loaded.problems());
        report.line(summary(loaded));
        return loaded.hasErrors() ? LivingReview.EXIT_PROBLEMS : 0;
    }

    static String summary(LoadedReview loaded) {
        Review review = loaded.review();
        long errors = loaded.count(Severity.ERROR);
        long warnings = loaded.count(Severity.WARNING);
        int claims = review.papers().stream().mapToInt(p -> p.claims().size()).sum();
        return String.format("%s: %d papers (%d included, %d excluded, %d pending), %d claims, %d sections; %s, %s",
                errors == 0 ? "check passed" : "check failed",
                review.papers().size(),
                count(review, ScreeningStatus.INCLUDED),
                count(review, ScreeningStatus.EXCLUDED),
                count(review, ScreeningStatus.PENDING),
                claims,
                review.info().sections().size(),
                Report.plural(errors, "error"),
                Report.plural(warnings, "warning"));
    }

    private static long count(Review review, ScreeningStatus status) {
        return review.papers().stream().filter(p -> p.screening().status() == status).count();
    }
}
