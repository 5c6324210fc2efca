package org.livingreview.model.versions;

import java.util.Map;

/**
 * One released version of the review: number, date, message, every paper as it stood, sorted by id, and a
 * digest of each section text ({@code seeds/sections/<id>.md}) by section id.
 */
public record RecordedVersion(int number, String date, String message, int duplicatesRemoved,
                              Map<String, PaperSnapshot> papers, Map<String, String> sectionTexts) {

    public RecordedVersion {
        papers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(papers));
        sectionTexts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(sectionTexts));
    }
}
