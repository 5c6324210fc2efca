package org.livingreview.manuscript;

import java.nio.file.Path;
import java.util.List;
import org.livingreview.model.LoadedReview;

/** What a build did: the review as loaded (with its problems), and the files it wrote, if any. */
public record BuildResult(LoadedReview loaded, Path outputDir, List<String> written) {

    public BuildResult {
        written = List.copyOf(written);
    }

    public boolean succeeded() {
        return !loaded.hasErrors();
    }
}
