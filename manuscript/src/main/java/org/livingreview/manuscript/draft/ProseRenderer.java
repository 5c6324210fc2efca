package org.livingreview.manuscript.draft;

import java.util.List;
import java.util.function.Function;
import org.livingreview.model.ProseSpan;
import org.livingreview.manuscript.text.Markdown;
import org.livingreview.model.SectionProse;

/** A section's text as the draft prints it: the author's Markdown as written, each citation and placed claim replaced. */
final class ProseRenderer {

    private ProseRenderer() {
    }

    /** The text with every span replaced by {@code replacement}'s Markdown, trimmed. */
    static Markdown render(SectionProse prose, Function<ProseSpan, Markdown> replacement) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (ProseSpan span : prose.spans()) {
            out.append(prose.text(), at, span.start()).append(replacement.apply(span).text());
            at = span.end();
        }
        out.append(prose.text().substring(at));
        return new Markdown(out.toString().strip());
    }

    /** The same text as {@link MarkedText} compares it: the author's words, each replaced span one word. */
    static List<MarkedText.Token> tokens(SectionProse prose, Function<ProseSpan, Markdown> replacement) {
        MarkedText.Tokens tokens = new MarkedText.Tokens();
        int at = 0;
        for (ProseSpan span : prose.spans()) {
            tokens.words(prose.text().substring(at, span.start())).whole(replacement.apply(span).text());
            at = span.end();
        }
        return tokens.words(prose.text().substring(at)).list();
    }
}
