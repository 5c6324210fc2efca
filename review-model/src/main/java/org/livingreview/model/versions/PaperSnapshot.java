package org.livingreview.model.versions;

import java.util.Map;
import org.livingreview.model.ScreeningStatus;

/** A paper as a version recorded it: screening status and reason, metadata digest, and its claims, sorted by id. */
public record PaperSnapshot(ScreeningStatus status, String reason, String metadata, Map<String, ClaimSnapshot> claims) {

    public PaperSnapshot {
        claims = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(claims));
    }
}
