package org.livingreview.citeproc;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.CSLBuilder;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Citation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Runs a CSL suite fixture through citeproc-java the way citeproc-java's own FixturesTest does (all items
 * registered in input order, HTML output when the expected result has markup), and turns citeproc-js's
 * markup in the expected result into citeproc-java's ({@code <i>} is a styled span, {@code &#60;} is
 * {@code &lt;}), so that only differences a reader sees count.
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
        csl.setConvertLinks(true);
        csl.registerCitationItems(java.util.Arrays.stream(items).map(CSLItemData::getId).toList());
        return switch (fixture.mode()) {
            case "bibliography" -> csl.makeBibliography().makeString();
            case "citation" -> citations(fixture, csl);
            default -> throw new IllegalArgumentException("mode not supported: " + fixture.mode());
        };
    }

    @SuppressWarnings("unchecked")
    private static String citations(CslFixture fixture, CSL csl) {
        if (fixture.citations() != null) {
            // A sequence of clusters: every citation, the ones the last cluster changed marked ">>".
            Map<Integer, String> texts = new TreeMap<>();
            List<Citation> last = List.of();
            for (Object entry : fixture.citations()) {
                last = csl.makeCitation(CSLCitation.fromJson((Map<String, Object>) ((List<Object>) entry).get(0)));
                last.forEach(c -> texts.put(c.getIndex(), c.getText()));
            }
            List<Integer> changed = last.stream().map(Citation::getIndex).toList();
            return texts.entrySet().stream()
                    .map(e -> (changed.contains(e.getKey()) ? ">>[" : "..[") + e.getKey() + "] " + e.getValue())
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
