package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.livingreview.model.Problem;

/**
 * Rebuilds the review whenever a file under {@code seeds/} or {@code templates/} is saved. A burst of
 * saves (an editor writing several files) makes one build, after {@link #QUIET_MILLIS} without changes.
 * Each build reports its problems and one line; a failed build keeps the last good outputs.
 */
public final class ReviewWatcher {

    /** How long the files must stay unchanged before a build starts. */
    public static final long QUIET_MILLIS = 300;

    private final Path project;
    private final Path outputDir;
    private final String style;
    private final Consumer<String> report;

    public ReviewWatcher(Path project, Path outputDir, String style, Consumer<String> report) {
        this.project = project;
        this.outputDir = outputDir;
        this.style = style;
        this.report = report;
    }

    /** Builds once, then after every change, for as long as {@code keepGoing} says. */
    public void run(BooleanSupplier keepGoing) throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            register(watcher);
            build();
            long lastChange = 0;
            while (keepGoing.getAsBoolean()) {
                WatchKey key = watcher.poll(100, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    lastChange = System.nanoTime();
                    register(watcher);
                } else if (lastChange != 0 && System.nanoTime() - lastChange >= QUIET_MILLIS * 1_000_000) {
                    lastChange = 0;
                    build();
                }
            }
        } catch (ClosedWatchServiceException e) {
            // Stopped from outside while waiting: nothing left to do.
        }
    }

    private void register(WatchService watcher) throws IOException {
        for (String root : new String[] {"seeds", "templates"}) {
            Path dir = project.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(dir)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }

    private void build() {
        String time = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        try {
            BuildResult result = ReviewBuild.build(project, outputDir, style, false, true, report);
            result.problems().forEach(p -> report.accept(p.format()));
            long errors = result.problems().stream().filter(Problem::isError).count();
            if (!result.succeeded()) {
                report.accept(time + " build failed: " + errors + " error" + (errors == 1 ? "" : "s")
                        + "; the previous outputs are kept — fix and save again");
            } else if (result.upToDate()) {
                report.accept(time + " up to date");
            } else {
                report.accept(time + " built " + String.join(", ", result.written()));
            }
        } catch (IOException | RuntimeException e) {
            report.accept(time + " build failed: " + e.getMessage() + "; the previous outputs are kept");
        }
    }
}
