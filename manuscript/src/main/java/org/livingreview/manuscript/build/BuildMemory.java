package org.livingreview.manuscript.build;

import org.livingreview.manuscript.cite.RenderedCitations;
import org.livingreview.model.load.PaperCache;

/**
 * What a process that builds the same review again and again ({@code watch}) keeps between builds: the parsed
 * paper files, by content digest, and the formatted citations and bibliography, by a digest of the cited
 * papers' CSL items, the style and the locale. A build reuses only what its own inputs would give again.
 */
public record BuildMemory(PaperCache papers, RenderedCitations citations) {

    /** Nothing remembered yet. */
    public static BuildMemory empty() {
        return new BuildMemory(new PaperCache(), new RenderedCitations());
    }
}
