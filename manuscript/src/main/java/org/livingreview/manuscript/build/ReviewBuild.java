package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.livingreview.manuscript.output.BuildFailed;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.Project;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Problems;
import org.livingreview.model.load.ReviewLoader;

/** Builds a review's outputs from its seeds and templates: nothing is written unless every step succeeds. */
public final class ReviewBuild {

    /** Where outputs go by default, relative to the project folder. */
    public static final Path DEFAULT_OUTPUT = Path.of("target", "review");

    private ReviewBuild() {
    }

    /**
     * Checks the seeds, then writes the outputs whose inputs changed since the last build (all of them when
     * forced, none of the skipped ones); writes nothing when any step fails. One build at a time per output
     * folder: a build that has to wait for another tells the request's notices.
     */
    public static BuildResult build(BuildRequest request) throws IOException {
        return build(request, OutputRendering.THREADS);
    }

    /** As {@link #build(BuildRequest)}, rendering the outputs on {@code threads} threads. */
    static BuildResult build(BuildRequest request, int threads) throws IOException {
        try (BuildLock lock = BuildLock.acquire(request.outputDir(), request.notices())) {
            return buildLocked(request, threads);
        }
    }

    private static BuildResult buildLocked(BuildRequest request, int threads) throws IOException {
        Path outputDir = request.outputDir();
        Project project = ReviewInputs.read(request.project());
        if (!request.force() && unchangedSinceLastBuild(request, project)) {
            return new BuildResult(null, List.of(), outputDir, List.of(), true);
        }
        LoadedReview loaded = ReviewLoader.load(project.dir(), request.papers());
        Problems problems = new Problems();
        problems.addAll(loaded.problems());
        if (loaded.hasErrors()) {
            return BuildResult.failed(loaded, problems.sorted(), outputDir);
        }
        String styleSpec = request.style() != null ? request.style() : loaded.review().info().style();
        Map<String, String> digests = BuildInputs.digests(project, styleSpec, request.frozenCitations(),
                OutputRegistry.ALL);
        Map<String, String> recorded = request.force() ? Map.of() : BuildInputs.recorded(outputDir);
        List<Output> stale = staleOutputs(digests, recorded, request);
        request.skipped().forEach(name -> digests.put(name, recorded.getOrDefault(name, "not built")));
        if (stale.isEmpty()) {
            return new BuildResult(loaded, problems.sorted(), outputDir, List.of(), true);
        }
        BuildSources sources = new BuildSources(project, loaded.review(), request.style(),
                request.frozenCitations(), problems);
        Outputs files = new Outputs();
        try {
            OutputRendering.render(stale, sources, threads).forEach(file -> files.add(file.name(), file.content()));
            sources.failOnErrors();
        } catch (BuildFailed e) {
            return BuildResult.failed(loaded, problems.sorted(), outputDir);
        }
        List<String> written = files.fileNames();
        files.add(BuildInputs.RECORD, BuildInputs.record(digests, styleSpec)).writeTo(outputDir);
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
