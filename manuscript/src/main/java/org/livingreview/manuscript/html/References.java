package org.livingreview.manuscript.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.livingreview.manuscript.cite.CitationRenderer;
import org.livingreview.model.Paper;
import org.livingreview.model.Reference;

/**
 * The page's references: each entry is the target of its citations and links the paper's DOI, PubMed and
 * PMC records and URL; each citation shows its entry on hover and keyboard focus.
 */
final class References {

    private References() {
    }

    static void link(Document doc, List<Paper> papers) {
        // Looked up once: Document.getElementById walks the whole page, once per paper and per citation.
        Map<String, Element> byId = new HashMap<>();
        doc.select("[id]").forEach(element -> byId.putIfAbsent(element.id(), element));
        Map<String, Paper> byAnchor = papers.stream()
                .collect(Collectors.toMap(p -> CitationRenderer.anchor(p.id()), Function.identity()));
        for (Map.Entry<String, Paper> paper : byAnchor.entrySet()) {
            Element marker = byId.get(paper.getKey());
            if (marker != null && marker.tagName().equals("a") && marker.parent() != null) {
                Element entry = marker.parent();
                marker.remove();
                entry.attr("id", paper.getKey()).addClass("entry");
                byId.put(paper.getKey(), entry);
                identifiers(entry, paper.getValue().reference());
            }
        }
        int n = 0;
        for (Element citation : doc.select("a[href^=#ref-]")) {
            Element entry = byId.get(citation.attr("href").substring(1));
            if (entry == null) {
                continue;
            }
            String tipId = "cite-" + ++n;
            Element wrapper = new Element("span").addClass("cite");
            citation.replaceWith(wrapper);
            wrapper.appendChild(citation.attr("aria-describedby", tipId));
            wrapper.appendElement("span").addClass("ref-tip").attr("role", "tooltip").attr("id", tipId)
                    .text(entry.text());
        }
    }

    private static void identifiers(Element entry, Reference reference) {
        Element ids = new Element("span").addClass("ids");
        add(ids, "DOI", reference.doi(), "https://doi.org/");
        add(ids, "PMID", reference.pmid(), "https://pubmed.ncbi.nlm.nih.gov/");
        add(ids, "PMCID", reference.pmcid(), "https://pmc.ncbi.nlm.nih.gov/articles/");
        if (reference.url() != null && reference.url().matches("(?i)https?://\\S+")) {
            ids.appendText(ids.childNodeSize() == 0 ? " " : " · ");
            ids.appendElement("a").attr("href", reference.url()).text(reference.url());
        }
        if (ids.childNodeSize() > 0) {
            entry.appendChild(ids);
        }
    }

    private static void add(Element ids, String label, String value, String resolver) {
        if (value != null && !value.isBlank()) {
            ids.appendText(ids.childNodeSize() == 0 ? " " + label + ": " : " · " + label + ": ");
            ids.appendElement("a").attr("href", resolver + value).text(value);
        }
    }
}
