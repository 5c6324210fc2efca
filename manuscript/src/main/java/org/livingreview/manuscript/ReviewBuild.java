package org.livingreview.manuscript;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.livingreview.bib.ExportFormat;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.load.ReviewLoader;

/** Builds a review's outputs from its seeds: nothing is written unless the seeds are free of errors. */
public final class ReviewBuild {

    /** Where outputs go by default, relative to the project folder. */
    public static final Path DEFAULT_OUTPUT = Path.of("target", "review");

    private ReviewBuild() {
    }

    public static BuildResult build(Path project, Path outputDir) throws IOException {
        LoadedReview loaded = ReviewLoader.load(project);
        if (loaded.hasErrors()) {
            return new BuildResult(loaded, outputDir, List.of());
        }
        Outputs outputs = new Outputs();
        for (ExportFormat format : ExportFormat.values()) {
            outputs.add(format.fileName(), format.write(loaded.review().papers()));
        }
        outputs.writeTo(outputDir);
        return new BuildResult(loaded, outputDir, outputs.fileNames());
    }
}
