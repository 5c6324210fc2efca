package org.livingreview.model;

import java.util.List;

/**
 * A citation written in a section's prose in pandoc's syntax: {@code [see @a, p. 3; @b]} (bracketed) or
 * {@code @a} (narrative: the authors in the text, then the citation).
 */
public record ProseCitation(List<CitedItem> items, boolean narrative, int start, int end, SourceLocation location)
        implements ProseSpan {

    public ProseCitation {
        items = List.copyOf(items);
    }

    /**
     * One cited paper: its {@code prefix} and {@code suffix} text (or null), its locator ({@code label} is a
     * CSL locator term such as {@code page} or {@code figure}; both null without one), and whether the
     * author is left out ({@code [-@a]}).
     */
    public record CitedItem(String paperId, String prefix, String label, String locator, String suffix,
                            boolean suppressAuthor, SourceLocation location) {
    }
}
