package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.livingreview.manuscript.draft.MarkdownDraft;
import org.livingreview.manuscript.html.HtmlPage;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.ReferenceFiles;
import org.livingreview.model.Problem;
import org.livingreview.model.load.PaperCache;
import org.livingreview.model.ProjectLayout;

/**
 * Rebuilds the review whenever a file under {@code seeds/} or {@code templates/} is saved. A burst of
 * saves (an editor writing several files) makes one build, after {@link #QUIET_MILLIS} without changes.
 * Each build makes the draft (review.md, review.html and the reference files) first and the other outputs
 * (PDF, DOCX) after, and reports its problems and what it rebuilt in how long; a failed build keeps the last
 * good outputs.
 */
public final class ReviewWatcher {

    /**
     * The outputs each build makes after the draft: all but review.md, the page the preview shows and the
     * reference files it links (rebuilt only when a paper's metadata changed).
     */
    private static final Set<String> AFTER_THE_DRAFT = OutputRegistry.ALL.stream().map(Output::name)
            .filter(name -> !Set.of(MarkdownDraft.NAME, HtmlPage.NAME, ReferenceFiles.NAME).contains(name))
            .collect(Collectors.toUnmodifiableSet());

    /** How long the files must stay unchanged before a build starts. */
    public static final long QUIET_MILLIS = 150;

    private final Path project;
    private final Path outputDir;
    private final String style;
    private final Consumer<String> report;
    /** The papers parsed by earlier builds: a save re-parses only the files it changed. */
    private final PaperCache papers = new PaperCache();
    private final Consumer<Outcome> afterBuild;

    /** What one build of the watcher did: whether the draft was built, and the lines it reported. */
    public record Outcome(boolean succeeded, List<String> lines) {

        public Outcome {
            lines = List.copyOf(lines);
        }
    }

    public ReviewWatcher(Path project, Path outputDir, String style, Consumer<String> report) {
        this(project, outputDir, style, report, outcome -> { });
    }

    /**
     * As the other constructor; {@code afterBuild} is told the outcome of every build once its draft step
     * is done (the preview reloads the page then, without waiting for the PDF).
     */
    public ReviewWatcher(Path project, Path outputDir, String style, Consumer<String> report,
                         Consumer<Outcome> afterBuild) {
        this.project = project;
        this.outputDir = outputDir;
        this.style = style;
        this.report = report;
        this.afterBuild = afterBuild;
    }

    /**
     * Builds once, then after every change to an input, for as long as {@code keepGoing} says. Files that
     * are not inputs (an editor's temporary files) are ignored, and no error in a build ends the watch.
     */
    public void run(BooleanSupplier keepGoing) throws IOException, InterruptedException {
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (Path folder : ProjectLayout.INPUT_FOLDERS) {
                register(watcher, project.resolve(folder));
            }
            build();
            long lastChange = 0;
            while (keepGoing.getAsBoolean()) {
                WatchKey key = watcher.poll(50, TimeUnit.MILLISECONDS);
                if (key != null) {
                    if (changesAnInput(watcher, key)) {
                        lastChange = System.nanoTime();
                    }
                    key.reset();
                } else if (lastChange != 0 && System.nanoTime() - lastChange >= QUIET_MILLIS * 1_000_000) {
                    lastChange = 0;
                    build();
                }
            }
        } catch (ClosedWatchServiceException e) {
            // Stopped from outside while waiting: nothing left to do.
        }
    }

    /** Whether the key's events touch an input; a new folder is watched from now on. */
    private boolean changesAnInput(WatchService watcher, WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed = true;
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                register(watcher, file);
                changed = true;
            } else {
                changed |= ProjectLayout.isInput(project.relativize(file));
            }
        }
        return changed;
    }

    /** Watches {@code root} and the folders in it; a folder that vanishes meanwhile is skipped. */
    private void register(WatchService watcher, Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    try {
                        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                    } catch (IOException e) {
                        report.accept("cannot watch " + dir + " (" + e.getMessage() + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            report.accept("cannot watch " + root + " (" + e.getMessage() + ")");
        }
    }

    /** Builds the draft first, so review.md (and the preview's page) show a save as soon as possible, then the rest. */
    private void build() {
        List<String> lines = new ArrayList<>();
        boolean draft = buildStep(AFTER_THE_DRAFT, lines);
        afterBuild.accept(new Outcome(draft, lines));
        if (draft) {
            buildStep(Set.of(), new ArrayList<>());
        }
    }

    /** One build leaving {@code skipped} as they are; reports what it rebuilt and how long it took. */
    private boolean buildStep(Set<String> skipped, List<String> lines) {
        Consumer<String> say = line -> {
            report.accept(line);
            lines.add(line);
        };
        String time = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        long start = System.nanoTime();
        try {
            BuildResult result = ReviewBuild.build(BuildRequest.of(project, outputDir).withStyle(style)
                    .skipping(skipped).notifying(report).reusing(papers));
            String took = String.format(Locale.ROOT, " in %.2f s", (System.nanoTime() - start) / 1e9);
            result.problems().forEach(p -> say.accept(p.format()));
            long errors = result.problems().stream().filter(Problem::isError).count();
            if (!result.succeeded()) {
                say.accept(time + " build failed: " + errors + " error" + (errors == 1 ? "" : "s")
                        + "; the previous outputs are kept — fix and save again");
                return false;
            }
            if (!result.written().isEmpty()) {
                say.accept(time + " built " + String.join(", ", result.written()) + took);
            } else if (!skipped.isEmpty()) {
                say.accept(time + " up to date" + took);
            }
            return true;
        } catch (Exception | StackOverflowError e) {
            // Whatever went wrong, the watch goes on: the next save builds again.
            say.accept(time + " build failed: " + e + "; the previous outputs are kept — save again to retry");
            return false;
        }
    }
}
