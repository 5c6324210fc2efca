package org.livingreview.model;

/** {@code {{claim:id}}} in a section's prose: the claim's text and citation go there. */
public record ClaimPlacement(String claimId, int start, int end, SourceLocation location) implements ProseSpan {
}
