package org.livingreview.manuscript.cite;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livingreview.model.Digests;
import org.livingreview.model.Paper;

/**
 * The citation renderers of earlier builds, for a process that builds the same review again and again
 * ({@code watch}): each keeps its CSL processor, the citations it formatted and its bibliography, and is used
 * again while the cited papers' CSL items (in citation order), the style and the locale are unchanged. An edit
 * of a claim's text thus formats no citation again; an edit of a paper's metadata makes a new renderer.
 */
public final class RenderedCitations {

    /** The draft's renderer and the last version's (for the marked-up draft) stay; older ones are dropped. */
    private static final int KEPT = 2;

    private final Map<String, CitationRenderer> renderers = new LinkedHashMap<>(KEPT + 1, 1f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CitationRenderer> eldest) {
            return size() > KEPT;
        }
    };
    private long made;

    /**
     * A renderer for {@code papers} (in the order of their first citation) in {@code style} and {@code locale}:
     * the one an earlier call made for the same items, style and locale, or a new one.
     */
    public synchronized CitationRenderer renderer(CitationStyle style, String locale, List<Paper> papers)
            throws IOException {
        List<ObjectNode> items = papers.stream().map(p -> CitationRenderer.itemJson(p, style, locale)).toList();
        StringBuilder key = new StringBuilder().append(style).append('\u0000').append(style.locale(locale));
        items.forEach(item -> key.append('\u0000').append(item));
        String digest = Digests.sha256(key.toString());
        CitationRenderer known = renderers.get(digest);
        if (known == null) {
            known = new CitationRenderer(style, locale, papers, items);
            made++;
            renderers.put(digest, known);
        }
        return known;
    }

    /** How many renderers it has made so far: one more means the citations were formatted afresh. */
    public synchronized long made() {
        return made;
    }
}
