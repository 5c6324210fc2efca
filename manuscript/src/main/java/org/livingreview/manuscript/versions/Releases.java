package org.livingreview.manuscript.versions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.livingreview.manuscript.versions.Baseline;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Problem;
import org.livingreview.model.Review;
import org.livingreview.model.SourceDate;
import org.livingreview.model.Problems;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.model.versions.ImportLog;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.versions.Snapshots;
import org.livingreview.model.versions.VersionFile;
import org.livingreview.model.versions.VersionSnapshots;

/**
 * Records a new version of the review, from seeds free of errors: its entry in seeds/versions.yaml and
 * what it says in seeds/versions/&lt;N&gt;.yaml. A broken version file or snapshot is never written over.
 */
public final class Releases {

    /** What a release did: the version recorded (empty when there was nothing to record) and the problems. */
    public record Outcome(Optional<RecordedVersion> recorded, RecordedVersion latest, List<Problem> problems) {

        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private Releases() {
    }

    /** Records the next version, dated {@code SOURCE_DATE_EPOCH}'s day or today (UTC), unless nothing changed. */
    public static Outcome release(Path project, String message) throws IOException {
        LoadedReview loaded = ReviewLoader.load(project);
        Problems problems = new Problems();
        problems.addAll(loaded.problems());
        List<RecordedVersion> versions = VersionFile.load(project, problems);
        int duplicates = ImportLog.duplicatesRemoved(project, problems);
        if (problems.sorted().stream().anyMatch(Problem::isError)) {
            return new Outcome(Optional.empty(), null, problems.sorted());
        }
        Optional<Baseline> last = Baseline.latest(project, versions, problems);
        Optional<VersionSnapshots.Resolved> previous = last.filter(Baseline::hasText)
                .flatMap(b -> VersionSnapshots.read(project, b.version().number(), problems));
        if (problems.sorted().stream().anyMatch(Problem::isError)) {
            return new Outcome(Optional.empty(), null, problems.sorted());
        }
        Review review = loaded.review();
        Map<String, String> prose = Baseline.currentProse(project);
        if (last.isPresent() && ChangeLog.between(last.get(), review, prose, "draft").isEmpty()
                && last.get().version().duplicatesRemoved() == duplicates) {
            return new Outcome(Optional.empty(), last.get().version(), problems.sorted());
        }
        RecordedVersion next = new RecordedVersion(versions.size() + 1, SourceDate.today(), message, duplicates,
                Snapshots.of(review), Snapshots.sectionTexts(review));
        List<RecordedVersion> all = new ArrayList<>(versions);
        all.add(next);
        // The snapshot first: versions.yaml names a version only once what it said is safely kept.
        VersionSnapshots.write(project, VersionSnapshots.of(project, next.number(), review,
                        KeptTemplates.of(project)),
                previous.map(VersionSnapshots.Resolved::snapshot).orElse(null),
                previous.map(VersionSnapshots.Resolved::heldIn).orElse(Map.of()));
        VersionFile.write(project, all);
        return new Outcome(Optional.of(next), next, problems.sorted());
    }
}
