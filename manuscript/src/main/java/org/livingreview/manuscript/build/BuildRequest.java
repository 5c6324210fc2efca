package org.livingreview.manuscript.build;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to build: the project, the output folder, a style for this build only (null: the review's), whether
 * to rebuild every output ({@code force}), the outputs to leave as they are ({@code skipped}, by
 * {@link org.livingreview.manuscript.output.Output#name()}), where to say that the build waits for another,
 * what earlier builds of the same process ({@code watch}) made that it may reuse when unchanged, and
 * whether review.docx's citations are frozen text rather than Zotero fields.
 */
public record BuildRequest(Path project, Path outputDir, String style, boolean force, Set<String> skipped,
                           Consumer<String> notices, BuildMemory memory, boolean frozenCitations) {

    public BuildRequest {
        skipped = Set.copyOf(skipped);
    }

    /** Builds what is out of date in {@code project} into {@code outputDir}, in the review's own style. */
    public static BuildRequest of(Path project, Path outputDir) {
        return new BuildRequest(project, outputDir, null, false, Set.of(), notice -> { }, BuildMemory.empty(),
                false);
    }

    public BuildRequest withStyle(String style) {
        return new BuildRequest(project, outputDir, style, force, skipped, notices, memory, frozenCitations);
    }

    public BuildRequest forced(boolean force) {
        return new BuildRequest(project, outputDir, style, force, skipped, notices, memory, frozenCitations);
    }

    public BuildRequest skipping(Set<String> outputs) {
        return new BuildRequest(project, outputDir, style, force, outputs, notices, memory, frozenCitations);
    }

    public BuildRequest notifying(Consumer<String> notices) {
        return new BuildRequest(project, outputDir, style, force, skipped, notices, memory, frozenCitations);
    }

    /** With {@code frozen}, review.docx has its citations as plain text instead of Zotero fields. */
    public BuildRequest frozenCitations(boolean frozen) {
        return new BuildRequest(project, outputDir, style, force, skipped, notices, memory, frozen);
    }

    public BuildRequest reusing(BuildMemory memory) {
        return new BuildRequest(project, outputDir, style, force, skipped, notices, memory, frozenCitations);
    }
}
