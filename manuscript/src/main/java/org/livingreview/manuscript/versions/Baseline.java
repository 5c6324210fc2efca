package org.livingreview.manuscript.versions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.Review;
import org.livingreview.model.Problems;
import org.livingreview.model.versions.VersionSnapshots;

/**
 * A recorded version to compare against: its entry in versions.yaml, and, when it has a snapshot, the
 * review as it stood and its section prose. A version recorded before snapshots were kept has only digests.
 */
public record Baseline(RecordedVersion version, Review review, Map<String, String> prose) {

    public Baseline {
        prose = Map.copyOf(prose);
    }

    /** Whether the version's texts are known (it has a snapshot). */
    public boolean hasText() {
        return review != null;
    }

    /**
     * Version {@code number} of {@code versions} read back from its snapshot, or with digests only when
     * it has none; empty, with the reason reported, when its snapshot is broken.
     */
    public static Optional<Baseline> load(Path project, List<RecordedVersion> versions, int number,
                                          Problems problems) {
        RecordedVersion version = versions.get(number - 1);
        if (!VersionSnapshots.exists(project, number)) {
            return Optional.of(new Baseline(version, null, Map.of()));
        }
        return VersionSnapshots.read(project, number, problems)
                .flatMap(resolved -> VersionSnapshots.review(project, resolved.snapshot(), problems)
                        .map(review -> new Baseline(version, review, prose(resolved.snapshot().files()))));
    }

    /** The latest of {@code versions} (none before the first release), as {@link #load} reads it. */
    public static Optional<Baseline> latest(Path project, List<RecordedVersion> versions, Problems problems) {
        return versions.isEmpty() ? Optional.empty() : load(project, versions, versions.size(), problems);
    }

    /** The section prose among the current seeds, by section id. */
    public static Map<String, String> currentProse(Path project) throws IOException {
        return prose(VersionSnapshots.keptFiles(project));
    }

    /** Section prose by section id, from seed files named sections/&lt;id&gt;.md. */
    private static Map<String, String> prose(Map<String, String> files) {
        Map<String, String> prose = new TreeMap<>();
        files.forEach((name, text) -> {
            if (name.startsWith("sections/")) {
                prose.put(name.substring("sections/".length(), name.length() - ".md".length()), text);
            }
        });
        return prose;
    }
}
