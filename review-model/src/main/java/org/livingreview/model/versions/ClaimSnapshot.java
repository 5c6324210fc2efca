package org.livingreview.model.versions;

/** A claim as a version recorded it: its section and a digest of its text and citations. */
public record ClaimSnapshot(String section, String digest) {
}
