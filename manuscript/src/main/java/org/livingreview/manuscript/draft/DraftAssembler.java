package org.livingreview.manuscript.draft;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
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
import org.livingreview.model.ClaimPlacement;
import org.livingreview.model.ProseCitation;
import org.livingreview.model.ProseSpan;
import org.livingreview.model.SectionProse;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;
import org.livingreview.model.ReviewInfo;
import org.livingreview.model.ScreeningStatus;
import org.livingreview.model.Section;
import org.livingreview.manuscript.cite.AuthorNames;
import org.livingreview.manuscript.cite.BibliographyEntry;
import org.livingreview.manuscript.cite.CitationPlan;
import org.livingreview.manuscript.cite.CitationRenderer;
import org.livingreview.manuscript.cite.CitationStyle;
import org.livingreview.manuscript.cite.Cluster;
import org.livingreview.manuscript.cite.RenderedCitations;
import org.livingreview.manuscript.text.Markdown;
import org.livingreview.manuscript.text.MarkdownText;
import org.livingreview.manuscript.versions.ChangeLog;
import org.livingreview.manuscript.versions.PrismaFlow;
import org.livingreview.manuscript.versions.DraftEdition;

/**
 * Puts together what a draft template shows: the introduction and each section's text with citations and
 * placed claims formatted, the claims of included papers not placed in any text grouped by section (within a
 * section by paper id, then in file order), each with its citation; the evidence table; the screening
 * counts; and the bibliography. Papers are numbered in the order the draft first cites them.
 */
public final class DraftAssembler {

    private DraftAssembler() {
    }

    /**
     * The draft as a template sees it; the same with citations linked to their entries (for the PDF); with
     * each citation marked with the papers it cites (for the DOCX, {@link CitationRenderer#marked}); and the
     * marked-up draft, the linked one with every change since the last version marked (review-changes.pdf).
     */
    public record Drafts(Draft plain, Draft linked, Draft marked, MarkedUp markedUp) {
    }

    /** The marked-up draft, assembled when an output first asks for it (it formats the last version too). */
    public interface MarkedUp {
        Draft draft() throws IOException;
    }

    /** How one variant of the draft writes a citation, given the papers it cites. */
    interface CitationForm {
        Markdown apply(Markdown citation, List<String> ids);
    }

    /** The linked form: each citation a link to the entry of the first paper it cites. */
    static final CitationForm LINKED = (citation, ids) -> CitationRenderer.linked(citation, ids.get(0));
    private static final List<CitationForm> FORMS = List.of((citation, ids) -> citation, LINKED,
            CitationRenderer::marked);

    /**
     * The drafts, from one pass of the citation processor: each citation is formatted once, or not at all when
     * {@code rendered} kept it from an earlier build with the same cited papers, style and locale.
     */
    public static Drafts assemble(Review review, CitationStyle style, DraftEdition edition,
                                  RenderedCitations rendered) throws IOException {
        ReviewInfo info = review.info();
        CitationPlan plan = CitationPlan.of(review);
        List<Paper> cited = plan.papers();
        CitationRenderer citations = rendered.renderer(style, info.locale(), cited);

        List<List<SectionView>> sections = FORMS.stream().<List<SectionView>>map(f -> new ArrayList<>()).toList();
        for (Section section : info.sections()) {
            List<List<ClaimView>> claims = FORMS.stream().<List<ClaimView>>map(f -> new ArrayList<>()).toList();
            for (CitationPlan.PlacedClaim placed : plan.claimsBySection().get(section.id())) {
                Markdown citation = citations.cite(placed.cites());
                for (int i = 0; i < FORMS.size(); i++) {
                    claims.get(i).add(claimView(placed, citation, FORMS.get(i)));
                }
            }
            for (int i = 0; i < FORMS.size(); i++) {
                sections.get(i).add(new SectionView(section.id(), section.title(), section.lead(),
                        prose(review, section.id(), plan, citations, FORMS.get(i)), claims.get(i)));
            }
        }
        boolean introductionIsASection = info.sections().stream()
                .anyMatch(s -> s.id().equals(SectionProse.INTRODUCTION));
        List<Markdown> introductions = FORMS.stream().map(form -> introductionIsASection ? null
                : prose(review, SectionProse.INTRODUCTION, plan, citations, form)).toList();
        List<List<EvidenceRow>> rows = FORMS.stream().<List<EvidenceRow>>map(f -> new ArrayList<>()).toList();
        for (Paper paper : cited.stream().filter(p -> p.screening().isIncluded()).toList()) {
            Markdown citation = citations.cite(List.of(paper.id()));
            String name = MarkdownText.escape(shortAuthors(paper)) + " ";
            String findings = findings(paper);
            for (int i = 0; i < FORMS.size(); i++) {
                rows.get(i).add(new EvidenceRow(paper.id(),
                        new Markdown(name + FORMS.get(i).apply(citation, List.of(paper.id()))),
                        paper.study().design(), paper.study().population(), findings));
            }
        }
        List<BibliographyEntry> bibliography = citations.bibliography();
        ReviewView reviewView = reviewView(info, edition.version(), edition.date(), style);
        ScreeningView screening = screening(review);
        PrismaView prisma = prisma(edition.prisma());
        ChangesView plainChanges = changes(edition.changes(), Marks.PLAIN);
        ChangesView marks = changes(edition.changes(), Marks.HTML);
        List<BibliographyEntry> anchored = bibliography.stream().map(BibliographyEntry::anchored).toList();
        Draft linked = new Draft(reviewView, introductions.get(1), sections.get(1), rows.get(1), screening, anchored,
                marks, prisma);
        return new Drafts(
                new Draft(reviewView, introductions.get(0), sections.get(0), rows.get(0), screening, bibliography,
                        plainChanges, prisma),
                linked,
                new Draft(reviewView, introductions.get(2), sections.get(2), rows.get(2), screening, anchored,
                        plainChanges, prisma),
                () -> MarkedUpDraft.of(linked, review, style, edition, plan, citations, bibliography,
                        rendered));
    }

    private static ClaimView claimView(CitationPlan.PlacedClaim placed, Markdown citation, CitationForm form) {
        Markdown formed = form.apply(citation, placed.cites());
        String text = placed.claim().text();
        return new ClaimView(placed.claim().id(), placed.paper().id(), text, formed, sentence(text, formed));
    }

    /** A section's text with its citations and placed claims formatted, or null when it has none. */
    private static Markdown prose(Review review, String sectionId, CitationPlan plan, CitationRenderer citations,
                                  CitationForm form) {
        return review.prose(sectionId).map(prose -> ProseRenderer.render(prose, spans(plan, citations, form)))
                .orElse(null);
    }

    /** How a text's citations and placed claims are formatted in one variant of the draft. */
    static Function<ProseSpan, Markdown> spans(CitationPlan plan, CitationRenderer citations, CitationForm form) {
        return span -> {
            if (span instanceof ProseCitation citation) {
                return form.apply(citations.cite(Cluster.of(citation)), paperIds(citation));
            }
            CitationPlan.PlacedClaim placed = plan.placedInProse().get(((ClaimPlacement) span).claimId());
            return placed == null ? new Markdown("")
                    : claimView(placed, citations.cite(placed.cites()), form).sentence();
        };
    }

    /** The papers a citation in a text cites. */
    static List<String> paperIds(ProseCitation citation) {
        return citation.items().stream().map(ProseCitation.CitedItem::paperId).toList();
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
        boolean superscript = citation.text().startsWith("<sup>") || citation.text().startsWith("[<sup>");
        if (escaped.endsWith(".") && !superscript) {
            return new Markdown(escaped.substring(0, escaped.length() - 1) + " " + citation + ".");
        }
        return new Markdown(escaped + (superscript ? "" : " ") + citation);
    }

    /** "van Outersterp et al., 2024" — the study's name in the evidence table. */
    private static String shortAuthors(Paper paper) {
        String year = paper.reference().issued() == null ? "n.d." : Integer.toString(paper.reference().issued().year());
        return AuthorNames.inText(paper) + ", " + year;
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
