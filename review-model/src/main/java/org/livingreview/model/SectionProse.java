package org.livingreview.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A section's text from {@code seeds/sections/<section-id>.md} (or the introduction before the first
 * section): the Markdown as written and, in order, the citations and claim placements in it.
 */
public record SectionProse(String sectionId, Path file, String text, List<ProseSpan> spans) {

    /** The file name (without .md) of the text before the first section, unless a section has that id. */
    public static final String INTRODUCTION = "introduction";

    public SectionProse {
        spans = List.copyOf(spans);
    }

    public List<ProseCitation> citations() {
        return spans.stream().filter(ProseCitation.class::isInstance).map(ProseCitation.class::cast).toList();
    }

    public List<ClaimPlacement> placements() {
        return spans.stream().filter(ClaimPlacement.class::isInstance).map(ClaimPlacement.class::cast).toList();
    }
}
