package org.livingreview.manuscript.build;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to build: the project, the output folder, a style for this build only (null: the review's), whether
 * to rebuild every output ({@code force}), the outputs to leave as they are ({@code skipped}, by
 * {@link org.livingreview.manuscript.output.Output#name()}), and where to say that the build waits for another.
 */
public record BuildRequest(Path project, Path outputDir, String style, boolean force, Set<String> skipped,
                           Consumer<String> notices) {

    public BuildRequest {
        skipped = Set.copyOf(skipped);
    }

    /** Builds what is out of date in {@code project} into {@code outputDir}, in the review's own style. */
    public static BuildRequest of(Path project, Path outputDir) {
        return new BuildRequest(project, outputDir, null, false, Set.of(), notice -> { });
    }

    public BuildRequest withStyle(String style) {
        return new BuildRequest(project, outputDir, style, force, skipped, notices);
    }

    public BuildRequest forced(boolean force) {
        return new BuildRequest(project, outputDir, style, force, skipped, notices);
    }

    public BuildRequest skipping(Set<String> outputs) {
        return new BuildRequest(project, outputDir, style, force, outputs, notices);
    }

    public BuildRequest notifying(Consumer<String> notices) {
        return new BuildRequest(project, outputDir, style, force, skipped, notices);
    }
}
