/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/SName.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering;

import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.internal.Disambiguation;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SElement;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.behavior.Affixes;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.behavior.TextCase;
import de.undercouch.citeproc.helper.NodeHelper;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.DELIMITER;
import static de.undercouch.citeproc.csl.internal.token.TextToken.Type.TEXT;

/**
 * A name element from a style file
 * @author Michel Kraemer
 */
public class SName implements SElement {
    /**
     * The long form with given and family name
     */
    public final static int FORM_LONG = 0;

    /**
     * The short form with family name and non-dropping particles only
     */
    public final static int FORM_SHORT = 1;

    /**
     * A form that only returns the number of names that would be rendered
     */
    public final static int FORM_COUNT = 2;

    private final String variable;
    private final String delimiter;
    private final SEtAl etAl;
    private final int form;
    private final int formattingAttributes;
    private final SNameInheritableAttributes inheritableAttributes;
    private final int familyFormattingAttributes;
    private final int givenFormattingAttributes;
    private final Affixes familyAffixes;
    private final Affixes givenAffixes;
    private final TextCase familyTextCase;
    private final TextCase givenTextCase;
    // PATCH 0024: the affixes of cs:name, around the rendered names
    private final Affixes nameAffixes;
    // PATCH 0025: whether this cs:name gives its own delimiter and form, or
    // takes name-delimiter and name-form from cs:style, cs:citation or
    // cs:bibliography
    private final boolean hasOwnDelimiter;
    private final boolean hasOwnForm;

    /**
     * Create the name element from an XML node
     * @param node the XML node (may be {@code null})
     * @param variable the variable that holds the name (may be {@code null})
     * @param etAl the element that renders et-al terms
     */
    public SName(Node node, String variable, SEtAl etAl) {
        this.variable = variable;
        this.inheritableAttributes = new SNameInheritableAttributes(node);
        this.etAl = etAl;

        String delimiter;
        String form;
        boolean namePartFamilyParsed = false;
        boolean namePartGivenParsed = false;
        int familyFormattingAttributes = FormattingAttributes.UNDEFINED;
        int givenFormattingAttributes = FormattingAttributes.UNDEFINED;
        Affixes familyAffixes = new Affixes();
        Affixes givenAffixes = new Affixes();
        TextCase familyTextCase = null;
        TextCase givenTextCase = null;
        if (node != null) {
            formattingAttributes = FormattingAttributes.of(node);
            delimiter = NodeHelper.getAttrValue(node, "delimiter");
            form = NodeHelper.getAttrValue(node, "form");

            NodeList children = node.getChildNodes();
            for (int i = 0; i < children.getLength(); ++i) {
                Node c = children.item(i);
                String nodeName = c.getNodeName();
                if ("name-part".equals(nodeName)) {
                    String namePartName = NodeHelper.getAttrValue(c, "name");
                    if (namePartName == null) {
                        throw new IllegalStateException("Missing name part name");
                    }
                    if (namePartName.equals("family")) {
                        if (!namePartFamilyParsed) {
                            familyFormattingAttributes = FormattingAttributes.of(c);
                            familyAffixes = new Affixes(c);
                            familyTextCase = new TextCase(c);
                            namePartFamilyParsed = true;
                        } else {
                            throw new IllegalStateException("Duplicate name part name: family");
                        }
                    } else if (namePartName.equals("given")) {
                        if (!namePartGivenParsed) {
                            givenFormattingAttributes = FormattingAttributes.of(c);
                            givenAffixes = new Affixes(c);
                            givenTextCase = new TextCase(c);
                            namePartGivenParsed = true;
                        } else {
                            throw new IllegalStateException("Duplicate name part name: given");
                        }
                    } else {
                        throw new IllegalStateException("Unknown name part name: " + namePartName);
                    }
                }
            }
        } else {
            formattingAttributes = 0;
            delimiter = null;
            form = null;
        }

        if (delimiter == null) {
            delimiter = ", ";
        }
        this.delimiter = delimiter;

        this.form = formOf(form); // PATCH 0025

        this.familyFormattingAttributes = familyFormattingAttributes;
        this.givenFormattingAttributes = givenFormattingAttributes;
        this.familyAffixes = familyAffixes;
        this.givenAffixes = givenAffixes;
        this.familyTextCase = familyTextCase;
        this.givenTextCase = givenTextCase;
        this.nameAffixes = node != null ? new Affixes(node) : new Affixes(); // PATCH 0024
        this.hasOwnDelimiter = node != null && NodeHelper.getAttrValue(node, "delimiter") != null; // PATCH 0025
        this.hasOwnForm = node != null && NodeHelper.getAttrValue(node, "form") != null;
    }

    /**
     * PATCH 0025: a copy of a name element with another delimiter and form
     * @param original the name element
     * @param delimiter the delimiter between names
     * @param form the form of names
     */
    private SName(SName original, String delimiter, int form) {
        this.variable = original.variable;
        this.delimiter = delimiter;
        this.etAl = original.etAl;
        this.form = form;
        this.formattingAttributes = original.formattingAttributes;
        this.inheritableAttributes = original.inheritableAttributes;
        this.familyFormattingAttributes = original.familyFormattingAttributes;
        this.givenFormattingAttributes = original.givenFormattingAttributes;
        this.familyAffixes = original.familyAffixes;
        this.givenAffixes = original.givenAffixes;
        this.familyTextCase = original.familyTextCase;
        this.givenTextCase = original.givenTextCase;
        this.nameAffixes = original.nameAffixes;
        this.hasOwnDelimiter = true;
        this.hasOwnForm = true;
    }

    /**
     * PATCH 0025: the form constant of a form attribute
     * @param form the attribute's value (may be {@code null})
     * @return the form
     */
    private static int formOf(String form) {
        if ("count".equals(form)) {
            return FORM_COUNT;
        } else if ("short".equals(form)) {
            return FORM_SHORT;
        }
        return FORM_LONG;
    }

    /**
     * PATCH 0025: this name element, or a copy of it with the delimiter and
     * form that it does not give itself taken from the inherited
     * name-delimiter and name-form options
     * @param inherited the inherited name attributes
     * @return the name element to render
     */
    private SName withInheritedListOptions(SNameInheritableAttributes inherited) {
        String d = hasOwnDelimiter || inherited.getNameDelimiter() == null ? delimiter : inherited.getNameDelimiter();
        int f = hasOwnForm || inherited.getNameForm() == null ? form : formOf(inherited.getNameForm());
        return d.equals(delimiter) && f == form ? this : new SName(this, d, f);
    }

    /**
     * Get the name variable this element selects
     * @return the name variable
     */
    public String getVariable() {
        return variable;
    }

    /**
     * Get the form of the name to render
     * @see #FORM_LONG
     * @see #FORM_SHORT
     * @see #FORM_COUNT
     * @return the form
     */
    public int getForm() {
        return form;
    }

    @Override
    public void render(RenderContext ctx) {
        SName inheriting = withInheritedListOptions(ctx.getInheritedNameAttributes()); // PATCH 0025
        if (inheriting != this) {
            inheriting.render(ctx);
            return;
        }
        List<CSLName> names = new ArrayList<>();
        if (variable != null) {
            String[] variables = variable.split("\\s+");
            for (String v : variables) {
                CSLName[] vn = ctx.getNameVariable(v);
                if (vn != null) {
                    names.addAll(Arrays.asList(vn));
                }
            }
        }
        // PATCH 0003: a list that ends in the literal name "others" (BibTeX's
        // "and others") is incomplete: it is rendered as if et-al had cut it
        // after its last real name
        boolean incomplete = endsWithOthers(names);
        if (incomplete) {
            names.remove(names.size() - 1);
        }
        if (names.isEmpty()) {
            return;
        }

        SNameInheritableAttributes ia = ctx.getInheritedNameAttributes().merge(inheritableAttributes);
        String and = ia.getAnd();
        boolean subsequent = isSubsequent(ctx); // PATCH 0161
        Integer etAlMin = ia.getEtAlMin(subsequent);
        Integer etAlUseFirst = ia.getEtAlUseFirst(subsequent);
        String nameAsSortOrder = ia.getNameAsSortOrder();
        String delimiterPrecedesEtAl = ia.getDelimiterPrecedesEtAl();
        String delimiterPrecedesLast = ia.getDelimiterPrecedesLast();
        String initializeWith = ia.getInitializeWith();
        boolean initialize = ia.isInitialize();
        String sortSeparator = ia.getSortSeparator();

        String renderedAnd;
        // PATCH 0080: an "and" term that starts with no Latin, Greek,
        // Cyrillic, Hebrew, Arabic or Thai letter is joined without spaces
        boolean andJoins = "text".equals(and) && !NameInitials.startsRomanesque(ctx.getTerm("and"));
        if (andJoins) {
            renderedAnd = ctx.getTerm("and");
        } else if ("text".equals(and)) {
            renderedAnd = " " + ctx.getTerm("and") + " ";
        } else if ("symbol".equals(and)) {
            renderedAnd = " & ";
        } else {
            renderedAnd = delimiter;
        }

        // get the maximum number of names to render before "et al."
        int max = -1;
        int known = incomplete ? names.size() + 1 : names.size(); // PATCH 0003
        if (etAlMin != null && etAlUseFirst != null && known >= etAlMin) {
            max = etAlUseFirst;
            if (max == 0) {
                // do not render any name
                return;
            }
        }
        // PATCH 0011: disambiguation may show more names than et-al allows
        int shown = ctx.getItemData() == null ? 0 : ctx.getDisambiguation().names(ctx.getItemData().getId());
        if (max > -1 && shown > max) {
            max = shown < names.size() ? shown : -1;
        }
        if (incomplete && (max == -1 || max > names.size())) {
            max = names.size(); // PATCH 0003
        }

        // shortcut: render number of names
        if (form == FORM_COUNT) {
            int count = names.size();
            if (max > -1 && max < count) {
                count = max;
            }
            if (variable.trim().contains(" ")) {
                count = countEachVariable(ctx, etAlMin, etAlUseFirst); // PATCH 0139
            }
            ctx.emit(String.valueOf(count), formattingAttributes);
            return;
        }

        // PATCH 0044: et-al-use-last
        boolean useLast = !incomplete && Boolean.TRUE.equals(ia.getEtAlUseLast());

        // PATCH 0041: in a sort key, the names give their sort key value
        if (ctx.getSortKey() != null) {
            int keyMax = ctx.getSortKey().etAlMax(known, etAlMin, etAlUseFirst);
            Integer keyMin = ctx.getSortKey().getNamesMin() != null ? ctx.getSortKey().getNamesMin() : etAlMin;
            boolean keyUseLast = !incomplete && ctx.getSortKey().usesLast(useLast); // PATCH 0111
            int keptBeforeLast = keyUseLast ? firstNamesBeforeLast(keyMax, keyMin, names.size()) : -1; // PATCH 0044
            ctx.emit(NameSortKey.of(names, keptBeforeLast > 0 ? keptBeforeLast : keyMax,
                    keptBeforeLast > 0, form == FORM_SHORT, initializeWith, initialize,
                    ctx.getStyle().getDemoteNonDroppingParticle()));
            return;
        }
        int keptBeforeLast = useLast ? firstNamesBeforeLast(max, etAlMin, names.size()) : -1; // PATCH 0044
        if (keptBeforeLast > 0) {
            max = keptBeforeLast;
        }

        // PATCH 0135: subsequent-author-substitute
        SubsequentAuthorSubstitute repeat = ctx.getSubsequentAuthorSubstitute();
        int base = repeat == null ? 0 : repeat.names(shownNames(names, max, keptBeforeLast));
        if (repeat != null && repeat.replacesWholeList()) {
            if (base == 0) {
                ctx.emit(repeat.getSubstitute());
            }
            return;
        }

        TokenBuffer buffer = new TokenBuffer();
        for (int i = 0; i < names.size(); ++i) {
            boolean nameAsSort = "all".equals(nameAsSortOrder) ||
                    (i == 0 && "first".equals(nameAsSortOrder));
            if (repeat != null && repeat.replaces(base + i)) {
                buffer.append(repeat.getSubstitute(), TEXT); // PATCH 0135
            } else {
                buffer.append(render(names.get(i), nameAsSort, initializeWith,
                        initialize, sortSeparator, ctx, givenLevel(ctx, names.get(i), i))); // PATCH 0012
            }

            // PATCH 0044: a list cut with et-al-use-last ends in an
            // ellipsis and its last name
            if (keptBeforeLast > 0 && i == max - 1) {
                buffer.append(max == 1 ? " " : delimiter, DELIMITER);
                buffer.append("\u2026 ", DELIMITER);
                int last = names.size() - 1;
                buffer.append(render(names.get(last), "all".equals(nameAsSortOrder),
                        initializeWith, initialize, sortSeparator, ctx, givenLevel(ctx, names.get(last), last)));
                break;
            }

            // PATCH 0003: an incomplete list ends in "et al." after its last name
            if (i == max - 1 && (i < names.size() - 1 || incomplete)) {
                // We reached the maximum number of names. Render "et al."
                // and then break
                RenderContext ctxEtAl = new RenderContext(ctx);
                etAl.render(ctxEtAl);
                TokenBuffer etAlResult = ctxEtAl.getResult();
                if (!etAlResult.isEmpty()) {
                    appendDelimiter(buffer, delimiterPrecedesEtAl, nameAsSort, max > 1);
                    buffer.append(etAlResult);
                }
                break;
            }

            if (i < names.size() - 1) {
                // render delimiter and 'and' term
                if (i == names.size() - 2 && !incomplete) { // PATCH 0003
                    boolean delimiterAppended = appendDelimiter(buffer,
                            andJoins ? joinedAndPrecededBy(delimiterPrecedesLast) // PATCH 0080
                                    : delimiterPrecedesLast(names.get(i + 1), delimiterPrecedesLast, ctx), // PATCH 0023
                            nameAsSort, names.size() > 2);
                    if (!delimiterAppended || !renderedAnd.equals(delimiter)) {
                        buffer.append(renderedAnd, DELIMITER);
                    }
                } else {
                    buffer.append(delimiter, DELIMITER);
                }
            }
        }
        nameAffixes.wrap(c -> c.emit(buffer, formattingAttributes)).accept(ctx); // PATCH 0024
    }

    /**
     * PATCH 0012: how much of a name's given name a cite shows to tell it
     * from others (disambiguate-add-givenname); the bibliography shows
     * names as the style says
     * @param ctx the current render context
     * @param name the name
     * @param position the name's place in its list
     * @return one of the {@code Disambiguation.GIVEN_} levels
     */
    private static int givenLevel(RenderContext ctx, CSLName name, int position) {
        if (ctx.getCitation() == null || ctx.getItemData() == null) {
            return Disambiguation.GIVEN_AS_STYLE;
        }
        return ctx.getDisambiguation().givenLevel(ctx.getItemData().getId(), name, position);
    }

    /**
     * PATCH 0139: the count of a name element of several variables: the
     * names of each variable that et-al leaves, added up, as citeproc-js
     * counts them ("author editor" with four authors cut to three by et-al
     * and two editors counts 5)
     * @param ctx the render context
     * @param etAlMin the et-al-min option, or {@code null}
     * @param etAlUseFirst the et-al-use-first option, or {@code null}
     * @return the number of names
     */
    private int countEachVariable(RenderContext ctx, Integer etAlMin, Integer etAlUseFirst) {
        int count = 0;
        for (String v : variable.trim().split("\\s+")) {
            CSLName[] names = ctx.getNameVariable(v, true);
            int n = names == null ? 0 : names.length;
            count += etAlMin != null && etAlUseFirst != null && n >= etAlMin ? Math.min(n, etAlUseFirst) : n;
        }
        return count;
    }

    /**
     * PATCH 0135: the names a list shows, in order: all, or those before
     * "et al.", or those before the ellipsis and the last
     * @param names the names of the list
     * @param max the number of names before "et al." or the ellipsis, or -1
     * @param keptBeforeLast the number before the ellipsis, or -1 if none
     * @return the names shown
     */
    private static List<CSLName> shownNames(List<CSLName> names, int max, int keptBeforeLast) {
        if (max < 0 || max >= names.size()) {
            return names;
        }
        List<CSLName> shown = new ArrayList<>(names.subList(0, max));
        if (keptBeforeLast > 0) {
            shown.add(names.get(names.size() - 1));
        }
        return shown;
    }

    /**
     * PATCH 0044: how many names come before the ellipsis and the last name
     * of a list that et-al-use-last cuts: the et-al-use-first names, but at
     * most et-al-min minus two (as in citeproc-js)
     * @param max the number of names et-al keeps, or -1 if it keeps all
     * @param etAlMin the et-al-min option
     * @param count the number of names
     * @return the number of first names, or -1 if the list is not cut
     * this way (it is not cut, or the ellipsis would stand for no name)
     */
    private static int firstNamesBeforeLast(int max, Integer etAlMin, int count) {
        if (max <= 0 || etAlMin == null) {
            return -1;
        }
        int first = Math.max(1, Math.min(max, etAlMin - 2));
        return first + 1 < count ? first : -1;
    }

    /**
     * PATCH 0003: whether a name list ends in the literal name "others",
     * which marks it as incomplete (as BibTeX's "and others" and pandoc's
     * citeproc read it)
     * @param names the names
     * @return {@code true} if the last name is the literal "others"
     */
    private static boolean endsWithOthers(List<CSLName> names) {
        if (names.isEmpty()) {
            return false;
        }
        CSLName last = names.get(names.size() - 1);
        return "others".equals(last.getLiteral()) && last.getFamily() == null && last.getGiven() == null;
    }

    /**
     * PATCH 0080: the delimiter-precedes-last mode before an "and" term that
     * is joined without spaces (the Hebrew "ו"): as in citeproc-js, only
     * "always" puts the delimiter before it
     * @param ofName the mode of this cs:name
     * @return the mode to use
     */
    private static String joinedAndPrecededBy(String ofName) {
        return "always".equals(ofName) ? ofName : "never";
    }

    /**
     * PATCH 0023: the delimiter-precedes-last mode before the last name. A
     * literal name is an institution, which, as in citeproc-js, does not
     * take the mode of cs:name, only one inherited from cs:style,
     * cs:citation or cs:bibliography ("contextual" by default): APA writes
     * "World Health Organization &amp; UNICEF", not "World Health
     * Organization, &amp; UNICEF"
     * @param last the last name
     * @param ofName the mode of this cs:name
     * @param ctx the current render context
     * @return the mode to use
     */
    private static String delimiterPrecedesLast(CSLName last, String ofName, RenderContext ctx) {
        return last.getLiteral() == null ? ofName
                : ctx.getInheritedNameAttributes().getDelimiterPrecedesLast();
    }

    /**
     * Append {@link #delimiter} to a builder according to the given mode
     * @param buffer the token buffer to append to
     * @param delimiterPrecedes the mode (i.e. "contextual", "always",
     * "after-inverted-name", or "never")
     * @param nameAsSort {@code true} if the name preceding the delimiter
     * has been inverted as a result of the {@code name-as-sort-order} attribute
     * @param contextual {@code true} if the delimiter should actually be
     * appended in contextual mode
     * @return {@code true} if the delimiter was actually appended
     */
    private boolean appendDelimiter(TokenBuffer buffer,
            String delimiterPrecedes, boolean nameAsSort, boolean contextual) {
        boolean delimiterAppended = false;
        switch (delimiterPrecedes) {
            case "contextual":
                if (contextual) {
                    buffer.append(delimiter, DELIMITER);
                    delimiterAppended = true;
                }
                break;

            case "always":
                buffer.append(delimiter, DELIMITER);
                delimiterAppended = true;
                break;

            case "after-inverted-name":
                // side note: IMHO, according to the standard, we must
                // check for nameAsSort == true here, but citeproc.js
                // seems to behave differently
                if (nameAsSort) {
                    buffer.append(delimiter, DELIMITER);
                    delimiterAppended = true;
                }
                break;

            default:
                break;
        }
        return delimiterAppended;
    }

    /**
     * <p>Check if a string only contains characters from a language where the
     * given name and the family name are typically separated by whitespace. As
     * soon as a character is found from a language where names typically don't
     * include spaces, the method returns {@code false}.</p>
     *
     * <p>The list of languages that don't include spaces in names comes from
     * Claude AI and ChatGPT. There is also a nice discussion in the
     * <a href="https://discourse.citationstyles.org/t/east-asian-author-names-and-white-space-for-separation/1619">CSL discussion forum</a>.</p>
     *
     * @param s the string to check
     * @return {@code true} if given name and family name should be separated by
     * whitespace (or if the given string is {@code null}, in which case it is
     * undecidable, and the default is {@code true}), or {@code false} if this
     * is normally not the case for the string's language.
     */
    private static boolean shouldBeSeparatedBySpace(String s) {
        if (s == null) {
            // undecidable, so default to true
            return true;
        }

        for (int i = 0; i < s.length();) {
            int codePoint = s.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);

            // According to Claude AI and ChatGPT, these are the languages
            // that don't use spaces in names
            switch (script) {
                case HAN:               // Chinese characters
                case HIRAGANA:          // Japanese Hiragana
                case KATAKANA:          // Japanese Katakana
                case HANGUL:            // Korean
                case LAO:               // Lao
                case KHMER:             // Khmer (Cambodian)
                case MYANMAR:           // Burmese
                case TIBETAN:           // Tibetan
                case MONGOLIAN:         // Mongolian
                    return false;
                default:
                    // continue
            }

            i += Character.charCount(codePoint);
        }

        return true;
    }

    /**
     * PATCH 0076: whether a non-dropping particle is joined to the family
     * name without a space, as citeproc-js joins it: one that ends in an
     * apostrophe or a hyphen ("d'Aubignac", "al-One"); one that ends in a
     * space is followed by that space
     * @param particle the non-dropping particle as given
     * @return {@code true} if no space is to be put between
     */
    private static boolean joinsFamilyName(String particle) {
        return particle.endsWith("'") || particle.endsWith("\u2019") || particle.endsWith("-");
    }

    /**
     * PATCH 0076: whether a name's dropping particle is joined to the family
     * name without a space in a name that is not inverted, as citeproc-js
     * joins it: one that ends in an apostrophe or a hyphen, other than
     * "de'", where the name has no non-dropping particle ("d'Aubignac")
     * @param name the name
     * @return {@code true} if no space is to be put between
     */
    private static boolean droppingParticleJoinsFamilyName(CSLName name) {
        String dp = name.getDroppingParticle().trim();
        return name.getNonDroppingParticle() == null && !dp.isEmpty()
                && "'\u02bc\u2019-".indexOf(dp.charAt(dp.length() - 1)) >= 0
                && !"de".equals(dp.substring(0, dp.length() - 1));
    }

    /**
     * PATCH 0077: the suffix of an inverted name, after the sort separator
     * @param result the rendered name so far
     * @param name the name
     * @param sortSeparator the sort separator
     * @param initializeWith the string to append to initials
     * @param ctx the current render context
     */
    private static void appendInvertedSuffix(TokenBuffer result, CSLName name,
            String sortSeparator, String initializeWith, RenderContext ctx) {
        if (name.getFamily() != null && name.getSuffix() != null && !name.getSuffix().isBlank()) {
            result.append(sortSeparator, DELIMITER);
            result.append(suffix(name, initializeWith, ctx), TEXT); // PATCH 0022
        }
    }

    /**
     * PATCH 0009: append what follows the given names of an inverted name:
     * the dropping particle and the non-dropping particle if demoted (PATCH
     * 0077: inside the given name-part's affixes, as citeproc-js puts them:
     * "(La Fontaine) [Jean de]")
     * @param result the rendered given name so far
     * @param name the name
     * @param demote {@code true} if the non-dropping particle is demoted
     * @param ctx the current render context
     */
    private void appendInvertedParticles(TokenBuffer result, CSLName name,
            boolean demote, RenderContext ctx) {
        if (name.getFamily() == null) {
            return;
        }
        appendParticle(result, name.getDroppingParticle(), givenTextCase, givenFormattingAttributes, ctx);
        if (demote) {
            // PATCH 0078: a demoted non-dropping particle keeps the text
            // case and formatting of the family name-part, as in citeproc-js
            appendParticle(result, name.getNonDroppingParticle(), familyTextCase, familyFormattingAttributes, ctx);
        }
    }

    /**
     * PATCH 0078: append a particle after the given name of an inverted name
     * @param result the rendered given name so far
     * @param particle the particle (may be {@code null})
     * @param textCase the text case of the particle's name-part (may be {@code null})
     * @param formattingAttributes the formatting of the particle's name-part
     * @param ctx the current render context
     */
    private static void appendParticle(TokenBuffer result, String particle, TextCase textCase,
            int formattingAttributes, RenderContext ctx) {
        if (particle == null || particle.isBlank()) {
            return;
        }
        String p = particle.trim();
        if (textCase != null) {
            p = textCase.applyTo(p, ctx);
        }
        if (!result.isEmpty()) {
            result.append(" ", DELIMITER);
        }
        result.append(p, TEXT, formattingAttributes);
    }

    /**
     * PATCH 0021: a given name's initials, or if {@code initialize} is
     * {@code false} the given name with its initials normalised, as
     * citeproc-js makes them (PATCH 0020: with hyphens between initials of
     * hyphenated names unless the style's initialize-with-hyphen is "false")
     * @param given the given name
     * @param initializeWith the string to append to initials
     * @param initialize {@code true} if given names should be converted to initials
     * @param ctx the current render context
     * @return the initialised given name
     */
    private static String initials(String given, String initializeWith,
            boolean initialize, RenderContext ctx) {
        boolean hyphen = ctx.getStyle().isInitializeWithHyphen();
        return initialize ? NameInitials.initialize(given, initializeWith, hyphen)
                : NameInitials.normalize(given, initializeWith, hyphen);
    }

    /**
     * PATCH 0022: a name's suffix, normalised as a given name is where the
     * style initialises given names (Vancouver's "Jr" for "Jr."), as
     * citeproc-js does
     * @param name the name
     * @param initializeWith the string to append to initials, or {@code null}
     * @param ctx the current render context
     * @return the suffix to render
     */
    private static String suffix(CSLName name, String initializeWith, RenderContext ctx) {
        String suffix = name.getSuffix().trim();
        return initializeWith == null ? suffix
                : NameInitials.normalize(suffix, initializeWith, ctx.getStyle().isInitializeWithHyphen());
    }

    /**
     * PATCH 0027: a literal name (an institution), with the text case and
     * formatting of the family name-part, as citeproc-js renders it
     * ("SÃO PAULO (ESTADO)" where the family name is upper case)
     * @param literal the literal name
     * @param ctx the current render context
     * @return the rendered name
     */
    private TokenBuffer literal(String literal, RenderContext ctx) {
        String text = familyTextCase != null ? familyTextCase.applyTo(literal, ctx) : literal;
        return new TokenBuffer().append(text, TEXT, familyFormattingAttributes);
    }

    /**
     * PATCH 0028: whether a rendered given name ends in white space, such as
     * the no-break space of a name-part suffix, which then separates it from
     * the family name instead of a space ("John&#160;Doe")
     * @param given the rendered given name with its affixes
     * @return {@code true} if it ends in white space
     */
    private static boolean endsInSpace(TokenBuffer given) {
        String text = given.toString();
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(text.length() - 1))
                || Character.isSpaceChar(text.charAt(text.length() - 1)));
    }

    /**
     * PATCH 0029: a name whose family name has no Latin, Greek, Cyrillic,
     * Hebrew, Arabic or Thai letter (a Chinese, Japanese or Korean name) is
     * written family name first in any order, as citeproc-js does: without a
     * separator ("我妻栄"), or with a space if the given name starts with
     * such a letter
     * @param name the name
     * @param family the rendered family name
     * @param given the rendered given name
     * @return the rendered name, or {@code null} if the name is not such a name
     */
    private static TokenBuffer staticOrder(CSLName name, TokenBuffer family, TokenBuffer given) {
        if (name.getFamily() == null || NameInitials.isRomanesque(name.getFamily().replace("\"", ""))) {
            return null;
        }
        TokenBuffer result = new TokenBuffer().append(family);
        if (!family.isEmpty() && !given.isEmpty() && NameInitials.startsRomanesque(name.getGiven())) {
            result.append(" ", DELIMITER);
        }
        return result.append(given);
    }

    /**
     * Render a single name
     * @param name the name to render
     * @param nameAsSort {@code true} if given name and family name should be
     * swapped (i.e. "Family, Given" instead of "Given Family")
     * @param initializeWith the string to append to initials
     * @param initialize {@code true} if given names should be converted to initials
     * @param sortSeparator delimiter for name-parts that have switched positions
     * as a result of {@code name-as-sort-order}
     * @param ctx the current render context
     * @param givenLevel PATCH 0012: how much of the given name disambiguation
     * asks for: a short name becomes long (with initials if the style
     * initializes), and at the full level given names are not initialized
     * @return the rendered name
     */
    private TokenBuffer render(CSLName name, boolean nameAsSort, String initializeWith,
            boolean initialize, String sortSeparator, RenderContext ctx, int givenLevel) {
        // PATCH 0012: the form and initialization disambiguation asks for
        int form = givenLevel > Disambiguation.GIVEN_AS_STYLE ? FORM_LONG : this.form;
        if (givenLevel == Disambiguation.GIVEN_FULL) {
            initializeWith = null;
        }

        // if the 'literal' attribute is set, just return its value and nothing else
        if (name.getLiteral() != null) {
            return literal(name.getLiteral(), ctx); // PATCH 0027
        }

        // PATCH 0009: in an inverted long name, the dropping particle follows
        // the given names, and so does the non-dropping particle where the
        // style demotes it for display, and the suffix comes last, after the
        // sort separator ("Beethoven, L. van", "King, M. L., Jr.")
        boolean inverted = nameAsSort && form == FORM_LONG;
        boolean demote = inverted && "display-and-sort".equals(ctx.getStyle().getDemoteNonDroppingParticle());

        // render family name with non-dropping particle
        String strFamily = name.getFamily();
        TokenBuffer family = new TokenBuffer();
        if (strFamily != null) {
            if (familyTextCase != null) {
                strFamily = familyTextCase.applyTo(strFamily, ctx);
            }
            family.append(strFamily, TEXT, familyFormattingAttributes);

            if (name.getNonDroppingParticle() != null && !demote) {
                String ndp = name.getNonDroppingParticle().trim();
                if (!joinsFamilyName(name.getNonDroppingParticle())) { // PATCH 0076
                    family.prepend(" ", DELIMITER);
                }
                if (familyTextCase != null) {
                    ndp = familyTextCase.applyTo(ndp, ctx);
                }
                family.prepend(ndp, TEXT, familyFormattingAttributes);
            }

            // render short form
            if (form == FORM_SHORT) {
                return family;
            }

            // prepend dropping particle for long form
            if (name.getDroppingParticle() != null && !inverted) {
                String dp = name.getDroppingParticle().trim();
                if (!droppingParticleJoinsFamilyName(name)) { // PATCH 0076
                    family.prepend(" ", DELIMITER);
                }
                // according to the spec, we need to use the formatting
                // attributes of the given name here
                if (givenTextCase != null) {
                    dp = givenTextCase.applyTo(dp, ctx);
                }
                family.prepend(dp, TEXT, givenFormattingAttributes);
            }

            // append suffix for long form
            if (name.getSuffix() != null && !inverted) {
                // PATCH 0076: after a comma where the name says comma-suffix
                family.append(Boolean.TRUE.equals(name.getCommaSuffix()) ? ", " : " ", DELIMITER);
                family.append(suffix(name, initializeWith, ctx), TEXT); // PATCH 0022
            }
        }
        familyAffixes.applyTo(family);

        // render long form
        String strGiven = name.getGiven();
        if (initializeWith != null && !family.isEmpty() && strGiven != null) {
            strGiven = initials(strGiven, initializeWith, initialize, ctx); // PATCH 0021
        }
        TokenBuffer given = new TokenBuffer();
        if (strGiven != null && !strGiven.isEmpty()) { // PATCH 0108: an empty given name is none
            if (givenTextCase != null) {
                strGiven = givenTextCase.applyTo(strGiven, ctx);
            }
            given.append(strGiven, TEXT, givenFormattingAttributes);
        }
        if (inverted) {
            appendInvertedParticles(given, name, demote, ctx); // PATCH 0077
        }
        givenAffixes.applyTo(given);

        TokenBuffer staticOrder = staticOrder(name, family, given); // PATCH 0029
        if (staticOrder != null) {
            return staticOrder;
        }

        TokenBuffer result = new TokenBuffer();
        if (nameAsSort) {
            result.append(family);
            if (!family.isEmpty() && !given.isEmpty()) {
                if (!sortSeparator.isBlank() ||
                        (shouldBeSeparatedBySpace(strGiven) &&
                                shouldBeSeparatedBySpace(strFamily))) {
                    result.append(sortSeparator, DELIMITER);
                }
            }
            result.append(given);
            appendInvertedSuffix(result, name, sortSeparator, initializeWith, ctx); // PATCH 0077
        } else {
            result.append(given);
            if (!given.isEmpty() && !family.isEmpty() && !endsInSpace(given)) { // PATCH 0028
                if (!sortSeparator.isBlank() ||
                        (shouldBeSeparatedBySpace(strGiven) &&
                                shouldBeSeparatedBySpace(strFamily))) {
                    result.append(" ", DELIMITER);
                }
            }
            result.append(family);
        }

        return result;
    }

    /**
     * PATCH 0161: whether the cite being rendered is not the first of its item (citeproc-js's
     * position "subsequent", which ibid cites have too), so that et-al-subsequent options apply
     */
    private static boolean isSubsequent(RenderContext ctx) {
        CSLCitationItem item = ctx.getCitationItem();
        return item != null && item.getPosition() != null && item.getPosition() > 0;
    }
}
