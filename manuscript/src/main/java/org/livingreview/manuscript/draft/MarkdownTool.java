package org.livingreview.manuscript.draft;

import org.livingreview.manuscript.text.Markdown;
import org.livingreview.manuscript.text.MarkdownText;

/**
 * {@code $md} in templates: heading markers (a line starting with {@code ##} is a Velocity comment), and
 * escaping on demand.
 */
public final class MarkdownTool {

    public Markdown getH1() {
        return new Markdown("#");
    }

    public Markdown getH2() {
        return new Markdown("##");
    }

    public Markdown getH3() {
        return new Markdown("###");
    }

    public Markdown getH4() {
        return new Markdown("####");
    }

    /** Text inserted as Markdown, unescaped: for Markdown a template author writes on purpose. */
    public Markdown raw(String markdown) {
        return new Markdown(markdown);
    }

    /** Text escaped for Markdown (what every inserted value gets anyway). */
    public Markdown escape(String text) {
        return new Markdown(MarkdownText.escape(text));
    }
}
