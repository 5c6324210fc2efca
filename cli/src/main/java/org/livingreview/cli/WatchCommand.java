package org.livingreview.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.livingreview.manuscript.build.ReviewWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import org.livingreview.model.ProjectLayout;

/** {@code living-review watch}: rebuilds on every saved change, until interrupted (Ctrl+C). */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Builds, then rebuilds whenever a file under seeds/ or templates/ is saved, printing one line"
                + " per build. Errors are shown and the last good outputs kept. Stop with Ctrl+C.")
final class WatchCommand implements Callable<Integer> {

    @Mixin
    private ProjectOption project;

    @Mixin
    private OutputOption output;

    @Mixin
    private StyleOption style;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Report report = new Report(spec);
        report.line("watching " + project.dir().resolve(ProjectLayout.SEEDS) + " and "
                + project.dir().resolve(ProjectLayout.TEMPLATES)
                + " — Ctrl+C stops");
        try {
            new ReviewWatcher(project.dir(), output.dir(project.dir()), style.style, report::line).run(() -> true);
        } catch (IOException e) {
            report.error("cannot watch the review's folders (" + e.getMessage() + ")");
            return LivingReview.EXIT_FAILURE;
        }
        return 0;
    }
}
