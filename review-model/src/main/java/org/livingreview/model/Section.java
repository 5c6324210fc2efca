package org.livingreview.model;

/** A section of the review, in the order the review lists them. */
public record Section(String id, String title, String lead, SourceLocation location) {
}
