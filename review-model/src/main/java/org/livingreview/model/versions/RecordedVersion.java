package org.livingreview.model.versions;

import java.util.Map;

/** One released version of the review: number, date, message and every paper as it stood, sorted by id. */
public record RecordedVersion(int number, String date, String message, int duplicatesRemoved,
                              Map<String, PaperSnapshot> papers) {

    public RecordedVersion {
        papers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(papers));
    }
}
