package org.livingreview.manuscript.versions;

import java.util.List;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.Review;
import org.livingreview.model.versions.Snapshots;

/**
 * Which version the draft is and when: the latest recorded version when nothing changed since, otherwise
 * a draft of the next one (or an unreleased draft before any release), with the changes and PRISMA flow.
 */
public record DraftEdition(String version, String date, ChangeLog changes, PrismaFlow prisma) {

    /** The edition of {@code review}; {@code duplicates} is what imports removed so far (seeds/import-log.yaml). */
    public static DraftEdition of(Review review, List<RecordedVersion> versions, int duplicates, String buildDate) {
        RecordedVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        ChangeLog changes = ChangeLog.between(last, review);
        boolean released = last != null && changes.isEmpty() && last.duplicatesRemoved() == duplicates;
        String version = last == null ? "unreleased draft"
                : released ? "version " + last.number() : "draft of version " + (last.number() + 1);
        return new DraftEdition(version, released ? last.date() : buildDate, changes,
                PrismaFlow.of(versions, Snapshots.of(review), duplicates, released));
    }
}
