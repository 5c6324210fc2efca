package org.livingreview.manuscript.build;

import java.nio.file.Path;
import java.util.List;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Problem;

/**
 * What a build did: the review as loaded, every problem found (in the seeds, style or templates), the
 * files written, and whether everything was already up to date. {@code loaded} is null when the build
 * found every input unchanged and so loaded nothing.
 */
public record BuildResult(LoadedReview loaded, List<Problem> problems, Path outputDir, List<String> written,
                          boolean upToDate) {

    public BuildResult {
        problems = List.copyOf(problems);
        written = List.copyOf(written);
    }

    static BuildResult failed(LoadedReview loaded, List<Problem> problems, Path outputDir) {
        return new BuildResult(loaded, problems, outputDir, List.of(), false);
    }

    public boolean succeeded() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
