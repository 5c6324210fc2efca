package org.livingreview.manuscript.draft;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.livingreview.manuscript.versions.WordDiff.Marks;
import org.livingreview.manuscript.draft.DraftViews.AuthorView;
import org.livingreview.manuscript.draft.DraftViews.ChangesView;
import org.livingreview.manuscript.draft.DraftViews.PrismaColumn;
import org.livingreview.manuscript.draft.DraftViews.PrismaView;
import org.livingreview.manuscript.draft.DraftViews.ClaimView;
import org.livingreview.manuscript.draft.DraftViews.ScreeningView;
import org.livingreview.manuscript.draft.DraftViews.Draft;
import org.livingreview.manuscript.draft.DraftViews.EvidenceRow;
import org.livingreview.manuscript.draft.DraftViews.ReasonCount;
import org.livingreview.manuscript.draft.DraftViews.ReviewView;
import org.livingreview.manuscript.draft.DraftViews.SectionView;
import org.livingreview.model.Claim;
import org.livingreview.model.Name;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;
import org.livingreview.model.ReviewInfo;
import org.livingreview.model.ScreeningStatus;
import org.livingreview.model.Section;
import org.livingreview.manuscript.cite.BibliographyEntry;
import org.livingreview.manuscript.cite.CitationPlan;
import org.livingreview.manuscript.cite.CitationRenderer;
import org.livingreview.manuscript.cite.CitationStyle;
import org.livingreview.manuscript.text.Markdown;
import org.livingreview.manuscript.text.MarkdownText;
import org.livingreview.manuscript.versions.ChangeLog;
import org.livingreview.manuscript.versions.PrismaFlow;
import org.livingreview.manuscript.versions.DraftEdition;

/**
 * Puts together what a draft template shows: the claims of included papers grouped by section (within a
 * section by paper id, then in file order), each with its citation; the evidence table; the screening
 * counts; and the bibliography. Papers are numbered in the order the draft first cites them.
 */
public final class DraftAssembler {

    private DraftAssembler() {
    }

    /** The draft as a template sees it, and the same with citations linked to their entries (for the PDF). */
    public record Drafts(Draft plain, Draft linked, Draft marked) {
    }

    /**
     * Both drafts, from one pass of the citation processor: each citation is formatted once; and the
     * marked-up draft, the linked one with every change since the last version marked.
     */
    public static Drafts assemble(Review review, CitationStyle style, DraftEdition edition) throws IOException {
        ReviewInfo info = review.info();
        CitationPlan plan = CitationPlan.of(review);
        List<Paper> cited = plan.papers();
        CitationRenderer citations = new CitationRenderer(style, info.locale(), cited);

        List<SectionView> plainSections = new ArrayList<>();
        List<SectionView> linkedSections = new ArrayList<>();
        for (Section section : info.sections()) {
            List<ClaimView> plain = new ArrayList<>();
            List<ClaimView> linked = new ArrayList<>();
            for (CitationPlan.PlacedClaim placed : plan.claimsBySection().get(section.id())) {
                Markdown citation = citations.cite(placed.cites());
                Markdown link = CitationRenderer.linked(citation, placed.cites().get(0));
                String text = placed.claim().text();
                plain.add(new ClaimView(placed.claim().id(), placed.paper().id(), text, citation,
                        sentence(text, citation)));
                linked.add(new ClaimView(placed.claim().id(), placed.paper().id(), text, link, sentence(text, link)));
            }
            plainSections.add(new SectionView(section.id(), section.title(), section.lead(), plain));
            linkedSections.add(new SectionView(section.id(), section.title(), section.lead(), linked));
        }
        List<EvidenceRow> plainRows = new ArrayList<>();
        List<EvidenceRow> linkedRows = new ArrayList<>();
        for (Paper paper : cited.stream().filter(p -> p.screening().isIncluded()).toList()) {
            Markdown citation = citations.cite(List.of(paper.id()));
            String name = MarkdownText.escape(shortAuthors(paper)) + " ";
            String findings = findings(paper);
            plainRows.add(new EvidenceRow(paper.id(), new Markdown(name + citation), paper.study().design(),
                    paper.study().population(), findings));
            linkedRows.add(new EvidenceRow(paper.id(), new Markdown(name + CitationRenderer.linked(citation, paper.id())),
                    paper.study().design(), paper.study().population(), findings));
        }
        List<BibliographyEntry> bibliography = citations.bibliography();
        ReviewView reviewView = reviewView(info, edition.version(), edition.date(), style);
        ScreeningView screening = screening(review);
        PrismaView prisma = prisma(edition.prisma());
        ChangesView marks = changes(edition.changes(), Marks.HTML);
        List<BibliographyEntry> anchored = bibliography.stream().map(BibliographyEntry::anchored).toList();
        return new Drafts(
                new Draft(reviewView, plainSections, plainRows, screening, bibliography,
                        changes(edition.changes(), Marks.PLAIN), prisma),
                new Draft(reviewView, linkedSections, linkedRows, screening, anchored, marks, prisma),
                new Draft(markedUp(reviewView, edition), MarkedClaims.mark(linkedSections, edition.changes(), edition.last()),
                        linkedRows, screening, anchored, marks, prisma));
    }

    /** The review as the marked-up draft names itself: "draft of version 3, marked up against version 2". */
    private static ReviewView markedUp(ReviewView view, DraftEdition edition) {
        String against = edition.last().map(b -> ", marked up against version " + b.version().number()
                + " (deleted words struck through, inserted words underlined)").orElse("");
        return new ReviewView(view.title(), view.shortTitle(), view.authors(), view.abstractText(), view.keywords(),
                view.version() + against, view.date(), view.style());
    }

    /** The key finding of a study for the evidence table: its first claim, and how many more it has. */
    private static String findings(Paper paper) {
        List<Claim> claims = paper.claims();
        if (claims.isEmpty()) {
            return "";
        }
        return claims.get(0).text() + (claims.size() > 1 ? " (+" + (claims.size() - 1) + " more in the text)" : "");
    }

    private static ChangesView changes(ChangeLog log, Marks marks) {
        String note = log.since() == null || log.textRecorded() ? null : "Version " + log.since().number()
                + " was recorded before living-review kept the texts of a version, so earlier wordings are not shown.";
        return new ChangesView(log.title(), log.since() == null ? ChangeLog.NOTHING_RECORDED
                : log.isEmpty() ? "Nothing has changed." : null, note,
                log.paperLines(marks).stream().map(Markdown::new).toList(),
                log.claimLines(marks, "").stream().map(Markdown::new).toList(),
                log.proseLines(marks, "").stream().map(Markdown::new).toList());
    }

    private static PrismaView prisma(PrismaFlow flow) {
        return new PrismaView(PrismaFlow.FILE, flow.description(), flow.columns().stream()
                .map(c -> new PrismaColumn(c.label(), c.identified(), c.duplicates(), c.screened(), c.excluded(),
                        c.pending(), c.included()))
                .toList());
    }

    /** The claim with its citation before the final period, or after it when the citation is a superscript. */
    static Markdown sentence(String text, Markdown citation) {
        return placeCitation(MarkdownText.escape(text.strip()), citation);
    }

    /** As {@link #sentence}, for text that is Markdown already. */
    static Markdown placeCitation(String escaped, Markdown citation) {
        boolean superscript = citation.text().replaceFirst("^\\[", "").startsWith("<sup>");
        if (escaped.endsWith(".") && !superscript) {
            return new Markdown(escaped.substring(0, escaped.length() - 1) + " " + citation + ".");
        }
        return new Markdown(escaped + (superscript ? "" : " ") + citation);
    }

    /** "van Outersterp et al., 2024" — the study's name in the evidence table. */
    private static String shortAuthors(Paper paper) {
        List<Name> authors = paper.reference().authors();
        String first = authors.isEmpty() ? paper.id() : authors.get(0).familyWithParticle();
        String rest = authors.size() > 2 || paper.reference().authorsIncomplete() ? " et al."
                : authors.size() == 2 ? " and " + authors.get(1).familyWithParticle() : "";
        String year = paper.reference().issued() == null ? "n.d." : Integer.toString(paper.reference().issued().year());
        return first + rest + ", " + year;
    }

    private static ReviewView reviewView(ReviewInfo info, String version, String date, CitationStyle style) {
        return new ReviewView(info.title(), Objects.requireNonNullElse(info.shortTitle(), info.title()),
                info.authors().stream().map(a -> new AuthorView(a.name(), a.orcid(), a.email(), a.affiliations()))
                        .toList(),
                info.abstractText(), info.keywords(), version, date, style.name());
    }

    private static ScreeningView screening(Review review) {
        Map<String, Integer> reasons = new TreeMap<>();
        review.papers().stream().filter(p -> p.screening().status() == ScreeningStatus.EXCLUDED)
                .forEach(p -> reasons.merge(p.screening().reason(), 1, Integer::sum));
        List<ReasonCount> exclusions = reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ReasonCount(e.getKey(), e.getValue())).toList();
        return new ScreeningView(review.papers().size(), count(review, ScreeningStatus.INCLUDED),
                count(review, ScreeningStatus.EXCLUDED), count(review, ScreeningStatus.PENDING), exclusions);
    }

    private static int count(Review review, ScreeningStatus status) {
        return (int) review.papers().stream().filter(p -> p.screening().status() == status).count();
    }
}
