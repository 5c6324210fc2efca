package org.livingreview.manuscript.cite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.livingreview.bib.CslJson;
import org.livingreview.model.Paper;
import org.livingreview.manuscript.text.Markdown;
import org.livingreview.manuscript.text.MarkdownText;

/**
 * Formats citations and the bibliography with citeproc-java (patched: citeproc-patched). Papers are
 * numbered in the order they are first cited; numeric ranges collapse as the style asks ({@code (1–3)});
 * an incomplete author list, which ends in the name "others", ends in "et al.".
 */
public final class CitationRenderer {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Pattern HYPHEN_BEFORE_CAPITAL = Pattern.compile("-(?=\\p{Lu})");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CitationStyle style;
    private final CSL csl;
    private final List<Paper> papers;
    private final java.util.Map<Cluster, Markdown> citations = new java.util.HashMap<>();
    private final CSLItemData[] items;
    private final String locale;
    /** The bibliography, formatted when first asked for. */
    private List<BibliographyEntry> bibliography;

    /**
     * A renderer for {@code papers}, which must be given in the order of their first citation, in the review's
     * locale unless the style has a default locale ({@link CitationStyle#locale}).
     */
    public CitationRenderer(CitationStyle style, String locale, List<Paper> papers) throws IOException {
        this(style, locale, papers, papers.stream().map(p -> itemJson(p, style, locale)).toList());
    }

    /** As the public constructor, with each paper's CSL item already made by {@link #itemJson}. */
    CitationRenderer(CitationStyle style, String locale, List<Paper> papers, List<ObjectNode> itemJson)
            throws IOException {
        this.style = style;
        this.papers = List.copyOf(papers);
        this.items = itemJson.stream().map(CitationRenderer::item).toArray(CSLItemData[]::new);
        this.locale = style.locale(locale);
        this.csl = processor(style.source());
    }

    private CSL processor(String styleSource) throws IOException {
        CSL processor = new CSL(new ListItemDataProvider(items), styleSource, locale);
        processor.setOutputFormat("html");
        processor.setConvertLinks(true);
        processor.registerCitationItems(papers.stream().map(Paper::id).toList());
        return processor;
    }

    /**
     * The CSL item citeproc formats: the exported item less what no style should print, fed so that
     * citeproc-java's output agrees with citeproc-js's (docs/citations.md): an edition as an English
     * ordinal in English locales, hyphenated given names split where the style initialises without
     * hyphens, and CJK names as one literal name, family name first.
     */
    static CSLItemData item(Paper paper, CitationStyle style, String locale) {
        return item(itemJson(paper, style, locale));
    }

    /** The CSL item of {@link #item(Paper, CitationStyle, String)} as JSON, before citeproc-java reads it. */
    static ObjectNode itemJson(Paper paper, CitationStyle style, String locale) {
        ObjectNode item = CslJson.item(paper.id(), paper.reference());
        item.remove(List.of("note", "keyword"));
        if (item.path("edition").asText().matches("\\d+") && style.locale(locale).startsWith("en")) {
            item.put("edition", ordinal(Integer.parseInt(item.get("edition").asText())));
        }
        for (String field : List.of("author", "editor")) {
            if (item.get(field) instanceof ArrayNode names) {
                names.forEach(n -> {
                    ObjectNode name = (ObjectNode) n;
                    String family = name.path("family").asText();
                    if (CJK.matcher(family).find()) {
                        // Chinese, Japanese and Korean names are written family name first, unseparated.
                        String literal = family + name.path("given").asText();
                        name.removeAll();
                        name.put("literal", literal);
                    } else if (!style.hyphenatedInitials() && name.has("given")) {
                        name.put("given", HYPHEN_BEFORE_CAPITAL.matcher(name.get("given").asText()).replaceAll(" "));
                    }
                });
            }
        }
        return item;
    }

    private static CSLItemData item(ObjectNode item) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = MAPPER.convertValue(item, Map.class);
        return CSLItemData.fromJson(map);
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /**
     * The in-text citation of these papers, as Markdown. A draft has no position-dependent forms (no
     * "ibid."), so the same papers always give the same citation: each distinct list is formatted once.
     * This matters for author-date styles, where citeproc-java renders every citation against all earlier
     * ones (docs/benchmarks.md). A renderer kept between builds ({@link RenderedCitations}) keeps these too;
     * it may be used from several threads (watch typesets the PDF while it builds the next draft).
     */
    public synchronized Markdown cite(List<String> ids) {
        return cite(Cluster.of(ids));
    }

    /**
     * A citation as written in the prose: with prefixes, suffixes and locators; without the authors for
     * {@code [-@a]}; for {@code @a} the authors' names, then the citation without them ("Gullaksen et al.
     * (2025)", "Gullaksen et al. (1)").
     */
    public synchronized Markdown cite(Cluster cluster) {
        return citations.computeIfAbsent(cluster, key -> {
            boolean withoutAuthors = key.narrative() || key.suppressAuthor();
            String html = key.plain() ? csl.makeCitation(key.paperIds()).get(0).getText()
                    : csl.makeCitation(new CSLCitation(key.cites().stream()
                            .map(cite -> citationItem(cite, withoutAuthors)).toArray(CSLCitationItem[]::new)))
                            .get(0).getText();
            String citation = CiteprocMarkdown.convert(html);
            if (!key.narrative()) {
                return new Markdown(citation);
            }
            String names = MarkdownText.escape(AuthorNames.inText(paper(key.paperIds().get(0))));
            return new Markdown(names + (citation.startsWith("<sup>") ? "" : " ") + citation);
        });
    }

    private static CSLCitationItem citationItem(Cluster.Cite cite, boolean withoutAuthor) {
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(cite.paperId()).suppressAuthor(withoutAuthor);
        if (cite.prefix() != null) {
            item.prefix(cite.prefix());
        }
        if (cite.suffix() != null) {
            item.suffix(cite.suffix());
        }
        if (cite.locator() != null) {
            item.locator(cite.locator()).label(CSLLabel.fromString(cite.label()));
        }
        return item.build();
    }

    private Paper paper(String id) {
        return papers.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** A citation made a link to the bibliography entry of the first paper it cites. */
    public static Markdown linked(Markdown citation, String firstPaperId) {
        return new Markdown("[" + citation + "](#" + anchor(firstPaperId) + ")");
    }

    /** A citation made a link that names every paper it cites, which the DOCX turns into a Zotero field. */
    public static Markdown marked(Markdown citation, List<String> ids) {
        return new Markdown("[" + citation + "](" + org.livingreview.manuscript.docx.DocxDraft.citationMark(ids) + ")");
    }

    /** The id of a paper's bibliography entry in the linked draft. */
    public static String anchor(String paperId) {
        return "ref-" + paperId;
    }

    /** The bibliography of every paper given, in the style's order (formatted once). */
    public synchronized List<BibliographyEntry> bibliography() {
        if (bibliography == null) {
            bibliography = List.copyOf(formatBibliography());
        }
        return bibliography;
    }

    private List<BibliographyEntry> formatBibliography() {
        Bibliography bibliography = csl.makeBibliography();
        List<BibliographyEntry> entries = new ArrayList<>();
        String[] html = bibliography.getEntries();
        String[] ids = bibliography.getEntryIds();
        for (int i = 0; i < html.length; i++) {
            var entry = Jsoup.parseBodyFragment(html[i]).body();
            var margin = entry.selectFirst(".csl-left-margin");
            String label = margin == null ? "" : margin.text().strip();
            if (margin != null) {
                margin.remove();
            }
            entries.add(new BibliographyEntry(ids[i], label, new Markdown(CiteprocMarkdown.convert(entry.html()))));
        }
        return entries;
    }
}
