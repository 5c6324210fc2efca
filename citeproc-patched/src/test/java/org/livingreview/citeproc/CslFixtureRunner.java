package org.livingreview.citeproc;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.CSLBuilder;
import de.undercouch.citeproc.CitationPlace;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Runs a CSL suite fixture through citeproc-java the way citeproc-java's own FixturesTest does (all items
 * registered in input order, HTML output when the expected result has markup; URLs and DOIs left as text,
 * as citeproc-js's test runner leaves them: no fixture's result has a link), and turns citeproc-js's
 * markup in the expected result into citeproc-java's ({@code <i>} is a styled span, {@code &#60;} is
 * {@code &lt;}), so that only
 * differences a reader sees count. A fixture with CITATIONS is run as citeproc-js's test runner runs it
 * (patch 0045): no item is registered first; each entry {@code [citation, citationsPre, citationsPost]}
 * places its citation among those made before, in the notes given, as {@code processCitationCluster}
 * does; the result lists every citation of the document after the last entry, in document order, those
 * the last entry returned marked ">>", and a bibliography lists the items these citations cite.
 */
final class CslFixtureRunner {

    private static final Pattern MARKUP = Pattern.compile("(?s).*(<[^>]+>|&#[0-9]+;).*");
    private static final AggregateTranslator ENTITIES = new AggregateTranslator(
            new LookupTranslator(EntityArrays.ISO8859_1_ESCAPE), new LookupTranslator(EntityArrays.HTML40_EXTENDED_ESCAPE));

    private CslFixtureRunner() {
    }

    /** The result citeproc-java should give: the fixture's RESULT in citeproc-java's markup. */
    static String expected(CslFixture fixture) {
        if (!html(fixture)) {
            return fixture.result();
        }
        return ENTITIES.translate(fixture.result()
                .replace("<i>", "<span style=\"font-style: italic\">").replace("</i>", "</span>")
                .replace("<b>", "<span style=\"font-weight: bold\">").replace("</b>", "</span>")
                .replace("<span style=\"font-variant:small-caps;\">", "<span style=\"font-variant: small-caps\">")
                .replace("&#38;", "&amp;").replace("&#60;", "&lt;").replace("&#62;", "&gt;"));
    }

    private static boolean html(CslFixture fixture) {
        return MARKUP.matcher(fixture.result()).matches();
    }

    /** What citeproc-java makes of the fixture. */
    @SuppressWarnings("unchecked")
    static String actual(CslFixture fixture) throws IOException {
        CSLItemData[] items = fixture.input().stream().map(i -> CSLItemData.fromJson((Map<String, Object>) i))
                .toArray(CSLItemData[]::new);
        CSL csl = new CSLBuilder().itemDataProvider(new ListItemDataProvider(items)).style(fixture.style())
                .abbreviationProvider(abbreviations(fixture)).build();
        csl.setOutputFormat(html(fixture) ? "html" : "text");
        csl.setConvertLinks(false);
        if (fixture.citations() == null) {
            csl.registerCitationItems(java.util.Arrays.stream(items).map(CSLItemData::getId).toList());
        }
        return switch (fixture.mode()) {
            case "bibliography" -> {
                if (fixture.citations() != null) {
                    citations(fixture, csl); // they register the items the bibliography lists
                }
                yield csl.makeBibliography().makeString();
            }
            case "citation" -> citations(fixture, csl);
            default -> throw new IllegalArgumentException("mode not supported: " + fixture.mode());
        };
    }

    @SuppressWarnings("unchecked")
    private static String citations(CslFixture fixture, CSL csl) {
        if (fixture.citations() != null) {
            // A sequence of clusters, each [citation, citationsPre, citationsPost]: every citation of the
            // document after the last, the ones the last call returned marked ">>".
            List<Citation> last = List.of();
            for (Object entry : fixture.citations()) {
                List<Object> call = (List<Object>) entry;
                last = csl.makeCitation(CSLCitation.fromJson((Map<String, Object>) call.get(0)), places(call.get(1)),
                        places(call.get(2)));
            }
            List<Integer> changed = last.stream().map(Citation::getIndex).toList();
            return csl.getCitations().stream()
                    .map(c -> (changed.contains(c.getIndex()) ? ">>[" : "..[") + c.getIndex() + "] " + c.getText())
                    .collect(Collectors.joining("\n"));
        }
        List<Citation> made = new ArrayList<>();
        if (fixture.citationItems() != null) {
            for (Object cluster : fixture.citationItems()) {
                made.addAll(csl.makeCitation(CSLCitation.fromJson(Map.of("citationItems", cluster))));
            }
        } else {
            made.addAll(csl.makeCitation(csl.getRegisteredItems().stream().map(CSLItemData::getId).toList()));
        }
        return made.stream().map(Citation::getText).collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unchecked")
    private static List<CitationPlace> places(Object pairs) {
        return ((List<Object>) pairs).stream().map(p -> (List<Object>) p)
                .map(p -> new CitationPlace((String) p.get(0), ((Number) p.get(1)).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private static DefaultAbbreviationProvider abbreviations(CslFixture fixture) {
        if (fixture.abbreviations() == null) {
            return null;
        }
        DefaultAbbreviationProvider provider = new DefaultAbbreviationProvider();
        fixture.abbreviations().forEach((variable, map) -> ((Map<String, Object>) map)
                .forEach((original, abbreviation) -> provider.addAbbreviation(variable, original, String.valueOf(abbreviation))));
        return provider;
    }
}
