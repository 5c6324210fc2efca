/*
 * Patched copy of de/undercouch/citeproc/csl/internal/behavior/TextCase.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.behavior;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.token.MarkupTextToken;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import de.undercouch.citeproc.helper.NodeHelper;
import org.apache.commons.text.WordUtils;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps around a render function and transforms its result in terms of text
 * case (uppercase, lowercas, capitalize, etc.).
 * @author Michel Kraemer
 */
public class TextCase implements Behavior {
    // PATCH 0120: the leading letters of an item's language name its casing locale, as in citeproc-js
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]+)");

    private final String textCase;

    /**
     * Parses an XML node and determines what kind of transformation to apply
     * @param node the XML node
     */
    public TextCase(Node node) {
        textCase = NodeHelper.getAttrValue(node, "text-case");
    }

    @Override
    public void accept(Consumer<RenderContext> renderFunction, RenderContext ctx) {
        RenderContext child = new RenderContext(ctx);
        renderFunction.accept(child);
        List<Token> tokens = child.getResult().getTokens();
        // PATCH 0035: a value with markup is cased as one text, its pieces in no-case markup kept
        // PATCH 0125: sentence case always over all the tokens as one text (one first word)
        if ("sentence".equals(textCase) || tokens.stream().anyMatch(MarkupTextToken.class::isInstance)) {
            List<Token> cased = caseWithMarkup(tokens, ctx);
            if (cased != null) {
                cased.forEach(ctx::emit);
                return;
            }
        }
        tokens.stream()
                .map(t -> transform(t, ctx))
                .forEach(ctx::emit);
    }

    /**
     * PATCH 0035: title case and capitalize-first over all text tokens of a
     * value with markup, as over one text (the first word is the value's);
     * PATCH 0125: and sentence case over all text tokens
     * @param tokens the rendered tokens
     * @param ctx the current render context
     * @return the cased tokens, or {@code null} to case each token alone
     */
    private List<Token> caseWithMarkup(List<Token> tokens, RenderContext ctx) {
        boolean title = "title".equals(textCase);
        boolean sentence = "sentence".equals(textCase); // PATCH 0125
        if (!title && !sentence && !"capitalize-first".equals(textCase)) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        List<Boolean> kept = new ArrayList<>();
        for (Token t : tokens) {
            if (t instanceof TextToken) {
                texts.add(((TextToken) t).getText());
                kept.add(caseKept(t));
            }
        }
        List<String> cased;
        if (sentence) {
            cased = SentenceCase.apply(texts, kept, casingLocale(ctx));
        } else if (title) {
            if (!ctx.getItemLocale().getLanguage().equals("en")) {
                return new ArrayList<>(tokens);
            }
            cased = TitleCase.apply(texts, kept);
        } else {
            cased = TitleCase.capitalizeFirst(texts, kept);
        }
        if (cased == null) {
            return null;
        }
        List<Token> result = new ArrayList<>();
        int i = 0;
        for (Token t : tokens) {
            result.add(t instanceof TextToken ? ((TextToken) t).copyWithText(cased.get(i++)) : t);
        }
        return result;
    }

    private static boolean caseKept(Token t) {
        return t instanceof MarkupTextToken && ((MarkupTextToken) t).isCaseKept();
    }

    /**
     * Transforms the text of a token
     * @param t the token
     * @param ctx the current render context
     * @return the new token with the transformed text
     */
    private Token transform(Token t, RenderContext ctx) {
        // PATCH 0035: a piece in no-case markup, small caps, super- or subscript keeps its case
        if (t instanceof TextToken && !caseKept(t)) {
            TextToken tt = (TextToken)t;
            return tt.copyWithText(applyTo(tt.getText(), ctx));
        }
        return t;
    }

    /**
     * Apply the text-case rules to the given string
     * @param s the string to transform
     * @param ctx the current render context
     * @return the transformed string
     */
    public String applyTo(String s, RenderContext ctx) {
        if ("lowercase".equals(textCase)) {
            // PATCH 0120: in the item's language ("İ" for "i" in Turkish), as in citeproc-js
            s = s.toLowerCase(casingLocale(ctx));
        } else if ("uppercase".equals(textCase)) {
            s = s.toUpperCase(casingLocale(ctx));
        } else if ("capitalize-first".equals(textCase)) {
            // PATCH 0034: a first word with a capital in it is kept ("bioRxiv"), as in citeproc-js
            s = TitleCase.capitalizeFirst(s);
        } else if ("sentence".equals(textCase)) {
            // PATCH 0125: the first word capitalised, the others lowercased, as in citeproc-js
            s = SentenceCase.apply(List.of(s), List.of(false), casingLocale(ctx)).get(0);
        } else if ("capitalize-all".equals(textCase)) {
            s = WordUtils.capitalize(s);
        } else if ("title".equals(textCase)) {
            // only apply title case if the current language is English
            if (ctx.getItemLocale().getLanguage().equals("en")) {
                // PATCH 0030: title case as citeproc-js applies it (words with capitals kept, nothing lowercased)
                s = TitleCase.apply(s);
            }
        }
        return s;
    }

    /**
     * PATCH 0120: the locale whose case rules lowercase and uppercase follow:
     * the item's language (its leading letters, as citeproc-js's
     * {@code citeStart} reads it), else the style's locale
     * @param ctx the current render context
     * @return the locale
     */
    private static Locale casingLocale(RenderContext ctx) {
        String language = ctx.getItemData() != null ? ctx.getItemData().getLanguage() : null;
        if (language != null) {
            Matcher m = LANGUAGE.matcher(language);
            if (m.find()) {
                return new Locale(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return ctx.getLocale().getLang();
    }
}
