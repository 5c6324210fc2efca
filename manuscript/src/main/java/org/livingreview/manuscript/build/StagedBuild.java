package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.livingreview.manuscript.output.BuildFailed;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.Project;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Problems;
import org.livingreview.model.load.ReviewLoader;

/**
 * One build whose seeds are loaded and checked once, and whose out-of-date outputs are then rendered and
 * written in as many steps as the caller wants ({@code watch}: the draft first, the PDF after). Each step
 * writes its files and their inputs' digests together; a step that fails writes nothing.
 */
final class StagedBuild {

    private final BuildRequest request;
    private final LoadedReview loaded;
    private final Problems problems;
    private final Map<String, String> digests;
    private final String styleSpec;
    private final List<Output> stale;
    private final BuildSources sources;
    private final BuildResult finished;

    private StagedBuild(BuildRequest request, LoadedReview loaded, Problems problems, Map<String, String> digests,
                        String styleSpec, List<Output> stale, BuildSources sources, BuildResult finished) {
        this.request = request;
        this.loaded = loaded;
        this.problems = problems;
        this.digests = digests;
        this.styleSpec = styleSpec;
        this.stale = List.copyOf(stale);
        this.sources = sources;
        this.finished = finished;
    }

    /**
     * The rendered files of some outputs; none when a problem prevented one of them ({@code failed}) or when
     * the caller stopped the rendering before the last ({@code stopped}).
     */
    record Rendered(Outputs files, boolean failed, boolean stopped) {
    }

    /**
     * Reads the inputs and, unless every output is up to date, loads and checks the seeds; the caller holds
     * the output folder's {@link BuildLock}.
     */
    static StagedBuild load(BuildRequest request) throws IOException {
        Path outputDir = request.outputDir();
        Project project = ReviewInputs.read(request.project());
        if (!request.force() && unchangedSinceLastBuild(request, project)) {
            return done(request, new BuildResult(null, List.of(), outputDir, List.of(), true));
        }
        LoadedReview loaded = ReviewLoader.load(project.dir(), request.memory().papers());
        Problems problems = new Problems();
        problems.addAll(loaded.problems());
        if (loaded.hasErrors()) {
            return done(request, BuildResult.failed(loaded, problems.sorted(), outputDir));
        }
        String styleSpec = request.style() != null ? request.style() : loaded.review().info().style();
        Map<String, String> digests = BuildInputs.digests(project, styleSpec, request.frozenCitations(),
                OutputRegistry.ALL);
        Map<String, String> recorded = request.force() ? Map.of() : BuildInputs.recorded(outputDir);
        List<Output> stale = staleOutputs(digests, recorded, request);
        if (stale.isEmpty()) {
            return done(request, new BuildResult(loaded, problems.sorted(), outputDir, List.of(), true));
        }
        BuildSources sources = new BuildSources(project, loaded.review(), request.style(),
                request.frozenCitations(), problems, request.memory().citations());
        return new StagedBuild(request, loaded, problems, digests, styleSpec, stale, sources, null);
    }

    private static StagedBuild done(BuildRequest request, BuildResult result) {
        return new StagedBuild(request, result.loaded(), null, Map.of(), null, List.of(), null, result);
    }

    /** The build's result when loading it already settled it (everything up to date, or errors in the seeds). */
    BuildResult finished() {
        return finished;
    }

    /** The outputs to rebuild (none when {@link #finished()}). */
    List<Output> stale() {
        return stale;
    }

    /**
     * Renders those of {@code outputs} that are out of date on {@code threads} threads ({@link OutputRendering});
     * on one thread one output at a time, asking {@code keepGoing} before each. Needs no lock (it writes nothing).
     */
    Rendered render(Collection<Output> outputs, BooleanSupplier keepGoing, int threads) throws IOException {
        List<Output> chosen = stale.stream().filter(outputs::contains).toList();
        Outputs files = new Outputs();
        try {
            for (List<Output> batch : threads > 1 ? List.of(chosen) : chosen.stream().map(List::of).toList()) {
                if (!keepGoing.getAsBoolean()) {
                    return new Rendered(new Outputs(), false, true);
                }
                OutputRendering.render(batch, sources, threads).forEach(file -> files.add(file.name(), file.content()));
            }
            sources.failOnErrors();
        } catch (BuildFailed e) {
            return new Rendered(new Outputs(), true, false);
        }
        return new Rendered(files, false, false);
    }

    /**
     * Writes {@code rendered} (nothing when it failed or was stopped) with the digests of {@code outputs},
     * keeping the others' recorded digests as the build record has them now; the caller holds the
     * {@link BuildLock}.
     */
    BuildResult write(Rendered rendered, Collection<Output> outputs) throws IOException {
        Path outputDir = request.outputDir();
        if (rendered.failed()) {
            return BuildResult.failed(loaded, problems.sorted(), outputDir);
        }
        List<String> written = rendered.files().fileNames();
        if (written.isEmpty()) {
            return new BuildResult(loaded, problems.sorted(), outputDir, List.of(), true);
        }
        Map<String, String> recorded = BuildInputs.recorded(outputDir);
        Map<String, String> record = new LinkedHashMap<>();
        for (Output output : OutputRegistry.ALL) {
            String digest = stale.contains(output) && outputs.contains(output) ? digests.get(output.name())
                    : recorded.get(output.name());
            if (digest != null) {
                record.put(output.name(), digest);
            }
        }
        rendered.files().add(BuildInputs.RECORD, BuildInputs.record(record, styleSpec)).writeTo(outputDir);
        return new BuildResult(loaded, problems.sorted(), outputDir, written, false);
    }

    /**
     * Whether every input is as the last successful build recorded it (that build checked the same seeds),
     * so nothing needs to be loaded at all: the digests are recomputed with the style it recorded.
     */
    private static boolean unchangedSinceLastBuild(BuildRequest request, Project project) throws IOException {
        Map<String, String> recorded = BuildInputs.recorded(request.outputDir());
        String styleSpec = recorded.get(BuildInputs.STYLE);
        if (styleSpec == null || (request.style() != null && !request.style().equals(styleSpec))) {
            return false;
        }
        Map<String, String> digests = BuildInputs.digests(project, styleSpec, request.frozenCitations(),
                OutputRegistry.ALL);
        return staleOutputs(digests, recorded, request).isEmpty();
    }

    /** The outputs not skipped whose files are missing or whose inputs differ from the recorded ones. */
    private static List<Output> staleOutputs(Map<String, String> digests, Map<String, String> recorded,
                                             BuildRequest request) {
        List<Output> stale = new ArrayList<>();
        for (Output output : OutputRegistry.ALL) {
            boolean missing = output.files().stream()
                    .anyMatch(f -> !Files.isRegularFile(request.outputDir().resolve(f)));
            if (!request.skipped().contains(output.name())
                    && (missing || !digests.get(output.name()).equals(recorded.get(output.name())))) {
                stale.add(output);
            }
        }
        return stale;
    }
}
