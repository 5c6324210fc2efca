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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.livingreview.manuscript.draft.MarkdownDraft;
import org.livingreview.manuscript.html.HtmlPage;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.ReferenceFiles;
import org.livingreview.model.Problem;
import org.livingreview.model.ProjectLayout;

/**
 * Rebuilds the review whenever a file under {@code seeds/} or {@code templates/} is saved. A burst of
 * saves (an editor writing several files) makes one build, after {@link #QUIET_MILLIS} without changes.
 * Each build writes review.md first, then review.html and the reference files, and typesets the PDF and DOCX
 * after, on another thread, while the next saves are built; a PDF still being typeset when a newer save has
 * been built is given up. Each step reports its problems and what it rebuilt in how long; a failed build keeps
 * the last good outputs. What did not change between builds is kept ({@link BuildMemory}).
 */
public final class ReviewWatcher {

    /** The first step of each build: review.md (with CHANGES.md and the PRISMA flow). */
    private static final List<Output> DRAFT = outputs(name -> name.equals(MarkdownDraft.NAME));
    /** The second: the page the preview shows and the reference files it links. */
    private static final List<Output> PAGE = outputs(name -> Set.of(HtmlPage.NAME, ReferenceFiles.NAME).contains(name));
    /** The rest (PDF, DOCX), typeset beside the next builds. */
    private static final List<Output> AFTER_THE_DRAFT = outputs(name -> !Set.of(MarkdownDraft.NAME, HtmlPage.NAME,
            ReferenceFiles.NAME).contains(name));
    private static final String FAILED = "build failed";
    private static final String GIVEN_UP = "PDF and DOCX given up: a newer save is being built";

    /** How long the files must stay unchanged before a build starts. */
    public static final long QUIET_MILLIS = 150;

    private final Path project;
    private final Path outputDir;
    private final String style;
    private final Consumer<String> report;
    /** What earlier builds made: a save re-parses only the files it changed, and formats only new citations. */
    private final BuildMemory memory = BuildMemory.empty();
    /** How many builds have started: a PDF in flight is given up when it is no longer the newest. */
    private final AtomicLong saves = new AtomicLong();
    private ExecutorService typesetter;
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

    private static List<Output> outputs(Predicate<String> named) {
        return OutputRegistry.ALL.stream().filter(output -> named.test(output.name())).toList();
    }

    /**
     * Builds once, then after every change to an input, for as long as {@code keepGoing} says. Files that
     * are not inputs (an editor's temporary files) are ignored, and no error in a build ends the watch.
     */
    public void run(BooleanSupplier keepGoing) throws IOException, InterruptedException {
        typesetter = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "living-review typesetting");
            thread.setDaemon(true);
            return thread;
        });
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
        } finally {
            // A PDF being typeset is given up at its next step; none is written after the watch ends.
            saves.incrementAndGet();
            typesetter.shutdown();
            typesetter.awaitTermination(1, TimeUnit.HOURS);
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

    /**
     * Builds review.md first, then the page the preview shows and the reference files it links, then tells
     * {@code afterBuild}; the other outputs (PDF, DOCX) are typeset after, beside the next builds.
     */
    private void build() {
        long save = saves.incrementAndGet();
        List<String> lines = new ArrayList<>();
        Consumer<String> say = line -> {
            report.accept(line);
            lines.add(line);
        };
        Step step = new Step();
        StagedBuild draft = null;
        boolean succeeded = false;
        long parsed = memory.papers().parsed();
        long formatted = memory.citations().made();
        try (BuildLock lock = BuildLock.acquire(outputDir, report)) {
            long start = System.nanoTime();
            StagedBuild build = StagedBuild.load(BuildRequest.of(project, outputDir).withStyle(style)
                    .notifying(report).reusing(memory));
            if (build.finished() != null) {
                succeeded = step.report(build.finished(), start, () -> "", true, say);
            } else if (step.write(build, DRAFT, start, () -> madeAfresh(parsed, formatted), say)
                    && step.write(build, PAGE, System.nanoTime(), () -> "", say)) {
                draft = build;
                succeeded = true;
            }
        } catch (Exception | StackOverflowError e) {
            step.failed(e, say);
        }
        afterBuild.accept(new Outcome(succeeded, lines));
        if (draft != null && draft.stale().stream().anyMatch(AFTER_THE_DRAFT::contains)) {
            StagedBuild typeset = draft;
            typesetter.execute(() -> typeset(typeset, save, step));
        }
    }

    /** What the build made afresh, given the counts before it: " (1 paper file parsed, citations kept)". */
    private String madeAfresh(long parsedBefore, long formattedBefore) {
        long files = memory.papers().parsed() - parsedBefore;
        return " (" + files + " paper file" + (files == 1 ? "" : "s") + " parsed, citations "
                + (memory.citations().made() == formattedBefore ? "kept" : "formatted") + ")";
    }

    /**
     * The PDF and DOCX of the draft built for save number {@code save}, rendered without holding the build
     * lock, so that the next save's draft need not wait for them; given up as soon as a newer save has been
     * built (its own PDF follows its draft).
     */
    private void typeset(StagedBuild build, long save, Step step) {
        BooleanSupplier current = () -> saves.get() == save;
        try {
            long start = System.nanoTime();
            // One output at a time, on this one thread: the other core stays free for the next save's draft.
            StagedBuild.Rendered rendered = build.render(AFTER_THE_DRAFT, current, 1);
            try (BuildLock lock = BuildLock.acquire(outputDir, report)) {
                if (rendered.stopped() || !current.getAsBoolean()) {
                    report.accept(step.time() + " " + GIVEN_UP);
                    return;
                }
                step.report(build.write(rendered, AFTER_THE_DRAFT), start, () -> "", false, report);
            }
        } catch (Exception | StackOverflowError e) {
            step.failed(e, report);
        }
    }

    /** The steps of one build: when it started, and the problems already reported (each is said once). */
    private static final class Step {

        private final String time = LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        private final List<Problem> reported = new ArrayList<>();

        String time() {
            return time;
        }

        /**
         * Renders and writes those of {@code outputs} that are out of date, saying what it wrote in how long and
         * then {@code note}; false when the build failed.
         */
        boolean write(StagedBuild build, List<Output> outputs, long start, Supplier<String> note,
                      Consumer<String> say) throws IOException {
            return report(build.write(build.render(outputs, () -> true, OutputRendering.THREADS), outputs), start, note, false, say);
        }

        /** Says the problems not yet said and what the step wrote in how long; false when the build failed. */
        boolean report(BuildResult result, long start, Supplier<String> note, boolean sayUpToDate,
                       Consumer<String> say) {
            String took = String.format(Locale.ROOT, " in %.2f s", (System.nanoTime() - start) / 1e9);
            for (Problem problem : result.problems()) {
                if (!reported.contains(problem)) {
                    reported.add(problem);
                    say.accept(problem.format());
                }
            }
            long errors = result.problems().stream().filter(Problem::isError).count();
            if (!result.succeeded()) {
                say.accept(time + " " + FAILED + ": " + errors + " error" + (errors == 1 ? "" : "s")
                        + "; the previous outputs are kept — fix and save again");
                return false;
            }
            if (!result.written().isEmpty()) {
                say.accept(time + " built " + String.join(", ", result.written()) + took + note.get());
            } else if (sayUpToDate) {
                say.accept(time + " up to date" + took);
            }
            return true;
        }

        /** Whatever went wrong, the watch goes on: the next save builds again. */
        void failed(Throwable e, Consumer<String> say) {
            say.accept(time + " " + FAILED + ": " + e + "; the previous outputs are kept — save again to retry");
        }
    }
}
