package org.livingreview.manuscript.versions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.livingreview.manuscript.versions.Baseline;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Problem;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.model.versions.VersionFile;
import org.livingreview.model.versions.VersionSnapshots;
import org.livingreview.model.ProjectLayout;

/** {@code living-review diff}: the changes between two recorded versions, or a version and the draft. */
public final class VersionComparison {

    /** The changes as CHANGES.md would print them (empty on errors), and the problems found. */
    public record Outcome(Optional<String> document, List<Problem> problems) {
    }

    private VersionComparison() {
    }

    /**
     * The changes from version {@code from} (null: the latest) to version {@code to} (null: the current
     * draft); a version without a snapshot can only be the starting point.
     */
    public static Outcome compare(Path project, Integer from, Integer to) throws IOException {
        Problems problems = new Problems();
        List<RecordedVersion> versions = VersionFile.load(project, problems);
        SourceLocation at = SourceLocation.startOf(project.resolve(ProjectLayout.VERSIONS_FILE).normalize());
        if (problems.sorted().stream().noneMatch(Problem::isError)) {
            int start = from == null ? versions.size() : from;
            if (versions.isEmpty()) {
                problems.error(at, "no version has been recorded yet — 'living-review release' records version 1");
            } else if (start < 1 || start > versions.size() || (to != null && (to <= start || to > versions.size()))) {
                problems.error(at, "the recorded versions are 1 to " + versions.size() + ": --from must be one of them"
                        + " and --to a later one (or 'draft')");
            } else if (to != null && !VersionSnapshots.exists(project, to)) {
                problems.error(at, "version " + to + " was recorded before living-review kept the texts of a version,"
                        + " so it cannot be shown — compare with a later version or the draft");
            } else {
                Optional<String> document = document(project, versions, start, to, problems);
                if (document.isPresent()) {
                    return new Outcome(document, problems.sorted());
                }
            }
        }
        return new Outcome(Optional.empty(), problems.sorted());
    }

    private static Optional<String> document(Path project, List<RecordedVersion> versions, int from, Integer to,
                                             Problems problems) throws IOException {
        Optional<Baseline> start = Baseline.load(project, versions, from, problems);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        if (to == null) {
            LoadedReview loaded = ReviewLoader.load(project);
            problems.addAll(loaded.problems());
            if (loaded.hasErrors()) {
                return Optional.empty();
            }
            return Optional.of(ChangeLog.between(start.get(), loaded.review(), Baseline.currentProse(project), "draft")
                    .document(loaded.review().info().title()));
        }
        return Baseline.load(project, versions, to, problems).map(end -> ChangeLog.between(start.get(),
                end.review(), end.prose(), "version " + to + " (" + end.version().date() + ")")
                .document(end.review().info().title()));
    }
}
