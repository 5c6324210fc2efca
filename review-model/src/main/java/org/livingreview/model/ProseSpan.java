package org.livingreview.model;

/** A part of a section's prose that the draft replaces: a citation or a placed claim, by source offsets. */
public sealed interface ProseSpan permits ProseCitation, ClaimPlacement {

    /** The offset in the file's text where the span starts. */
    int start();

    /** The offset just after the span. */
    int end();

    /** Where the span stands, for messages. */
    SourceLocation location();
}
