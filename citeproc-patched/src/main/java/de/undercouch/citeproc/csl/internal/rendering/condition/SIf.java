/*
 * Patched copy of de/undercouch/citeproc/csl/internal/rendering/condition/SIf.java from citeproc-java 3.5.2 (https://github.com/michel-kraemer/citeproc-java,
 * Apache License 2.0, Michel Kraemer), taken from its Maven Central sources jar. The living-review project's
 * changes are marked "PATCH NNNN" and described in docs/citations.md; citeproc-patched/patches/ holds them
 * as diffs against the original.
 */
package de.undercouch.citeproc.csl.internal.rendering.condition;

import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.helper.NumberElement;
import de.undercouch.citeproc.csl.internal.helper.NumberParser;
import de.undercouch.citeproc.helper.NodeHelper;
import de.undercouch.citeproc.helper.NumberHelper;
import org.w3c.dom.Node;

import java.util.List;

/**
 * A conditional element in a style file
 * @author Michel Kraemer
 */
public class SIf extends SCondition {
    private static final int ALL = 0;
    private static final int ANY = 1;
    private static final int NONE = 2;

    private final String[] isNumerics;
    private final String[] isUncertainDates;
    // PATCH 0002: the locator condition (CSL 1.0.2, "Choose": tests the cite's locator label)
    private final String[] locators;
    private final String[] positions;
    private final String[] types;
    private final String[] variables;
    private final String[] numbers;
    // PATCH 0013: the disambiguate condition ("true" is its only value)
    private final boolean disambiguate;
    private final int match;

    /**
     * Create the conditional element from an XML node
     * @param node the XML node
     */
    public SIf(Node node) {
        super(node);

        String disambiguate = NodeHelper.getAttrValue(node, "disambiguate");
        this.disambiguate = "true".equals(disambiguate); // PATCH 0013

        // get the numeric variables to check
        String isNumeric = NodeHelper.getAttrValue(node, "is-numeric");
        if (isNumeric != null) {
            isNumerics = isNumeric.split("\\s+");
        } else {
            isNumerics = null;
        }

        // get date variables to check
        String isUncertainDate = NodeHelper.getAttrValue(node, "is-uncertain-date");
        if (isUncertainDate != null) {
            isUncertainDates = isUncertainDate.split("\\s+");
        } else {
            isUncertainDates = null;
        }

        // PATCH 0002: get the locator labels to check
        String locator = NodeHelper.getAttrValue(node, "locator");
        if (locator != null) {
            locators = locator.split("\\s+");
        } else {
            locators = null;
        }

        // get the positions to check
        String position = NodeHelper.getAttrValue(node, "position");
        if (position != null) {
            positions = position.split("\\s+");
        } else {
            positions = null;
        }

        // get the citation item types to check against
        String type = NodeHelper.getAttrValue(node, "type");
        if (type != null) {
            types = type.split("\\s+");
        } else {
            types = null;
        }

        // get the variables to check
        String variable = NodeHelper.getAttrValue(node, "variable");
        if (variable != null) {
            variables = variable.split("\\s+");
        } else {
            variables = null;
        }


        // get the labels to check the number variable against
        String number = NodeHelper.getAttrValue(node, "number");
        if (number != null) {
            numbers = number.split("\\s+");
        } else {
            numbers = null;
        }

        if (disambiguate == null && isNumeric == null && isUncertainDate == null &&
                locator == null && position == null && type == null &&
                variable == null && number == null) {
            throw new IllegalStateException("Encountered `" + node.getNodeName() +
                    "' node without condition");
        }

        // get the match mode
        String match = NodeHelper.getAttrValue(node, "match");
        if (match == null || match.equals("all")) {
            this.match = ALL;
        } else if (match.equals("any")) {
            this.match = ANY;
        } else if (match.equals("none")) {
            this.match = NONE;
        } else {
            throw new IllegalStateException("Unknown match mode: " + match);
        }
    }

    @Override
    public boolean matches(RenderContext ctx) {
        Boolean mt = matchesType(ctx);
        if (mt != null) {
            return mt;
        }

        Boolean mv = matchesVariable(ctx);
        if (mv != null) {
            return mv;
        }

        Boolean mne = matchesNumerics(ctx);
        if (mne != null) {
            return mne;
        }

        Boolean mud = matchesUncertainDate(ctx);
        if (mud != null) {
            return mud;
        }

        Boolean mnb = matchesNumbers(ctx);
        if (mnb != null) {
            return mnb;
        }

        Boolean mnp = matchesPositions(ctx);
        if (mnp != null) {
            return mnp;
        }

        Boolean ml = matchesLocators(ctx);
        if (ml != null) {
            return ml;
        }

        Boolean md = matchesDisambiguate(ctx); // PATCH 0013
        if (md != null) {
            return md;
        }

        return match != ANY;
    }

    private Boolean matchesType(RenderContext ctx) {
        CSLType cslType = ctx.getItemData().getType();
        if (types != null && cslType != null) {
            // check if the citation item matches the given types
            String type = cslType.toString();
            for (String s : types) {
                boolean r = type.equals(s);
                if (match == ALL && !r) {
                    return Boolean.FALSE;
                }
                if (match == ANY && r) {
                    return Boolean.TRUE;
                }
                if (match == NONE && r) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    private Boolean matchesVariable(RenderContext ctx) {
        if (variables != null) {
            // check the values of the given variables
            for (String v : variables) {
                Object o = ctx.getVariable(v, true);
                if (match == ALL && o == null) {
                    return Boolean.FALSE;
                }
                if (match == ANY && o != null) {
                    return Boolean.TRUE;
                }
                if (match == NONE && o != null) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    private Boolean matchesNumerics(RenderContext ctx) {
        if (isNumerics != null) {
            // check if the given variables are numeric
            for (String v : isNumerics) {
                Object o = ctx.getVariable(v, true);
                boolean numeric = o != null && (o instanceof Number ||
                        NumberHelper.isNumeric(String.valueOf(o)));
                if (match == ALL && !numeric) {
                    return Boolean.FALSE;
                }
                if (match == ANY && numeric) {
                    return Boolean.TRUE;
                }
                if (match == NONE && numeric) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    private Boolean matchesUncertainDate(RenderContext ctx) {
        if (isUncertainDates != null) {
            // check if given variables are approximate dates
            for (String v : isUncertainDates) {
                CSLDate o = ctx.getDateVariable(v, true);
                boolean circa = o != null && o.getCirca() == Boolean.TRUE;
                if (match == ALL && !circa) {
                    return Boolean.FALSE;
                }
                if (match == ANY && circa) {
                    return Boolean.TRUE;
                }
                if (match == NONE && circa) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    private Boolean matchesNumbers(RenderContext ctx) {
        if (numbers != null) {
            // check if the number variable has the given label(s)
            String v = ctx.getStringVariable("number", true);
            String firstLabel = null;
            if (v != null) {
                List<NumberElement> elements = NumberParser.parse(v);
                if (elements.get(0).getLabel() != null) {
                    firstLabel = elements.get(0).getLabel().toString();
                }
            }
            if (firstLabel == null) {
                firstLabel = "number";
            }

            for (String number : numbers) {
                if (match == ALL && !number.equals(firstLabel)) {
                    return Boolean.FALSE;
                }
                if (match == ANY && number.equals(firstLabel)) {
                    return Boolean.TRUE;
                }
                if (match == NONE && number.equals(firstLabel)) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    // PATCH 0002: a cite matches when it has a locator whose label (default "page") is one of the given
    // labels; "sub-verbo" also matches "sub verbo". Outside a cite (the bibliography) nothing matches.
    private Boolean matchesLocators(RenderContext ctx) {
        if (locators != null) {
            CSLCitationItem item = ctx.getCitationItem();
            String label = null;
            if (item != null && item.getLocator() != null && !item.getLocator().isEmpty()) {
                label = item.getLabel() != null ? item.getLabel().toString() : "page";
            }
            for (String l : locators) {
                boolean r = label != null && (l.equals(label) || l.replace('-', ' ').equals(label));
                if (match == ALL && !r) {
                    return Boolean.FALSE;
                }
                if (match == ANY && r) {
                    return Boolean.TRUE;
                }
                if (match == NONE && r) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    // PATCH 0013: the disambiguate condition holds for an item whose cite disambiguation could not tell
    // apart from another's by names alone, in its cites and its bibliography entry
    private Boolean matchesDisambiguate(RenderContext ctx) {
        if (disambiguate) {
            boolean r = ctx.getItemData() != null
                    && ctx.getDisambiguation().condition(ctx.getItemData().getId());
            if (match == ALL && !r) {
                return Boolean.FALSE;
            }
            if (match == ANY && r) {
                return Boolean.TRUE;
            }
            if (match == NONE && r) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    private Boolean matchesPositions(RenderContext ctx) {
        if (positions != null) {
            if (ctx.getGeneratedCitations() == null) {
                // we are not rendering a citation
                if (match == ALL) {
                    return Boolean.FALSE;
                }
                return null;
            }

            for (String position : positions) {
                boolean b = isAtPosition(ctx.getCitationItem(), position); // PATCH 0045

                if (match == ALL && !b) {
                    return Boolean.FALSE;
                }
                if (match == ANY && b) {
                    return Boolean.TRUE;
                }
                if (match == NONE && b) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    /**
     * PATCH 0045: a cite is at a position as citeproc-js tests it: a cite
     * without one is first; "subsequent" holds for subsequent, ibid and
     * ibid-with-locator cites, "ibid" for ibid and ibid-with-locator cites;
     * "near-note" for a non-first cite that is near-note
     * @param item the cite
     * @param position the position tested
     * @return whether the cite is at the position
     */
    private static boolean isAtPosition(CSLCitationItem item, String position) {
        int at = item == null || item.getPosition() == null ? 0 : item.getPosition();
        switch (position) {
            case "first":
                return at == 0;
            case "subsequent":
                return at > 0;
            case "ibid":
                return at >= 2;
            case "ibid-with-locator":
                return at == 3;
            case "near-note":
                return at > 0 && Boolean.TRUE.equals(item.getNearNote());
            default:
                return false;
        }
    }
}
