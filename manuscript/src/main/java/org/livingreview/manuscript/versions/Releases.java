package org.livingreview.manuscript.versions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Problem;
import org.livingreview.model.SourceDate;
import org.livingreview.model.Problems;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.model.versions.ImportLog;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.versions.Snapshots;
import org.livingreview.model.versions.VersionFile;

/** Records a new version of the review in seeds/versions.yaml, from seeds free of errors. */
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
        RecordedVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        if (last != null && ChangeLog.between(last, loaded.review()).isEmpty()
                && last.duplicatesRemoved() == duplicates) {
            return new Outcome(Optional.empty(), last, problems.sorted());
        }
        RecordedVersion next = new RecordedVersion(versions.size() + 1, SourceDate.today(), message, duplicates,
                Snapshots.of(loaded.review()), Snapshots.sectionTexts(loaded.review()));
        List<RecordedVersion> all = new ArrayList<>(versions);
        all.add(next);
        VersionFile.write(project, all);
        return new Outcome(Optional.of(next), next, problems.sorted());
    }
}
