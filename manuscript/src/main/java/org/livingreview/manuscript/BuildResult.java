package org.livingreview.manuscript;

import java.nio.file.Path;
import java.util.List;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Problem;

/** What a build did: the review as loaded, every problem found (in the seeds, style or templates), and the files written. */
public record BuildResult(LoadedReview loaded, List<Problem> problems, Path outputDir, List<String> written) {

    public BuildResult {
        problems = List.copyOf(problems);
        written = List.copyOf(written);
    }

    public boolean succeeded() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
