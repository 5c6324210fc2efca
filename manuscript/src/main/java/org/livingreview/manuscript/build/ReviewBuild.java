package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.Path;

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
            StagedBuild build = StagedBuild.load(request);
            if (build.finished() != null) {
                return build.finished();
            }
            return build.write(build.render(build.stale(), () -> true, threads), build.stale());
        }
    }
}
