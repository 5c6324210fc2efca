package org.livingreview.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.livingreview.manuscript.build.ReviewWatcher;
import org.livingreview.manuscript.preview.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code living-review preview}: serves the web page on 127.0.0.1, rebuilt and reloaded on every save. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Builds, serves review.html on http://127.0.0.1:PORT/ (this machine only) and rebuilds"
                + " whenever a file under seeds/ or templates/ is saved: the open page reloads itself, and shows"
                + " the problems when a build fails. Stop with Ctrl+C.")
final class PreviewCommand implements Callable<Integer> {

    @Mixin
    private ProjectOption project;

    @Mixin
    private OutputOption output;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "The port to serve on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Mixin
    private StyleOption style;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Report report = new Report(spec);
        try (PreviewServer server = PreviewServer.start(output.dir(project.dir()), port)) {
            report.line("serving " + server.uri() + " — saving a file under seeds/ or templates/ rebuilds and"
                    + " reloads the page; Ctrl+C stops");
            new ReviewWatcher(project.dir(), output.dir(project.dir()), style.style, report::line, server::built)
                    .run(() -> true);
        } catch (IOException e) {
            report.error("cannot serve the preview on 127.0.0.1:" + port + " (" + e.getMessage() + ") — is the"
                    + " port in use? Try --port 0");
            return LivingReview.EXIT_FAILURE;
        }
        return 0;
    }
}
