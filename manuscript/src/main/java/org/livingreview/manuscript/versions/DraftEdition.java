package org.livingreview.manuscript.versions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.Review;
import org.livingreview.model.versions.Snapshots;

/**
 * Which version the draft is and when: the latest recorded version when nothing changed since, otherwise
 * a draft of the next one (or an unreleased draft before any release), with the changes, the PRISMA flow,
 * and the latest version as it stood (empty before any release), against which the marked-up draft is made.
 */
public record DraftEdition(String version, String date, ChangeLog changes, PrismaFlow prisma, Optional<Baseline> last) {

    /**
     * The edition of {@code review} (with its section {@code prose}); {@code duplicates} is what imports
     * removed so far (seeds/import-log.yaml) and {@code last} the latest recorded version.
     */
    public static DraftEdition of(Review review, Map<String, String> prose, List<RecordedVersion> versions,
                           Optional<Baseline> last, int duplicates, String buildDate) {
        ChangeLog changes = last.map(b -> ChangeLog.between(b, review, prose, "draft")).orElse(ChangeLog.none());
        boolean released = last.isPresent() && changes.isEmpty()
                && last.get().version().duplicatesRemoved() == duplicates;
        int number = last.map(b -> b.version().number()).orElse(0);
        String version = last.isEmpty() ? "unreleased draft"
                : released ? "version " + number : "draft of version " + (number + 1);
        return new DraftEdition(version, released ? last.get().version().date() : buildDate, changes,
                PrismaFlow.of(versions, Snapshots.of(review), duplicates, released), last);
    }
}
