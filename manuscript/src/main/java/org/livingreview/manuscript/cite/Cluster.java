package org.livingreview.manuscript.cite;

import java.util.List;
import org.livingreview.model.ProseCitation;

/**
 * One citation as citeproc formats it: its papers, each with its prefix, locator and suffix; {@code narrative}
 * when the authors stand in the text ({@code @a says}); {@code suppressAuthor} when they are left out
 * ({@code [-@a]}).
 */
public record Cluster(List<Cite> cites, boolean narrative, boolean suppressAuthor) {

    /** One cited paper; every field but {@code paperId} may be null. */
    public record Cite(String paperId, String prefix, String label, String locator, String suffix) {
    }

    public Cluster {
        cites = List.copyOf(cites);
    }

    /** A plain citation of these papers, as a claim's. */
    public static Cluster of(List<String> paperIds) {
        return new Cluster(paperIds.stream().map(id -> new Cite(id, null, null, null, null)).toList(), false, false);
    }

    /** A citation written in the prose; the author is suppressed when every item asks for it. */
    public static Cluster of(ProseCitation citation) {
        return new Cluster(citation.items().stream()
                .map(i -> new Cite(i.paperId(), i.prefix(), i.label(), i.locator(), i.suffix())).toList(),
                citation.narrative(),
                citation.items().stream().allMatch(ProseCitation.CitedItem::suppressAuthor));
    }

    /** Whether it only names papers: no prefix, suffix or locator, authors as the style prints them. */
    public boolean plain() {
        return !narrative && !suppressAuthor
                && cites.stream().allMatch(c -> c.prefix() == null && c.suffix() == null && c.locator() == null);
    }

    public List<String> paperIds() {
        return cites.stream().map(Cite::paperId).toList();
    }
}
