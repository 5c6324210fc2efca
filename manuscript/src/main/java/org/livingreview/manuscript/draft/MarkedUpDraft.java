package org.livingreview.manuscript.draft;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.livingreview.manuscript.cite.BibliographyEntry;
import org.livingreview.manuscript.cite.CitationPlan;
import org.livingreview.manuscript.cite.CitationRenderer;
import org.livingreview.manuscript.cite.RenderedCitations;
import org.livingreview.manuscript.cite.CitationStyle;
import org.livingreview.manuscript.cite.Cluster;
import org.livingreview.manuscript.draft.DraftViews.Draft;
import org.livingreview.manuscript.draft.DraftViews.ReviewView;
import org.livingreview.manuscript.draft.DraftViews.SectionView;
import org.livingreview.manuscript.text.Markdown;
import org.livingreview.manuscript.versions.Baseline;
import org.livingreview.manuscript.versions.DraftEdition;
import org.livingreview.model.ClaimPlacement;
import org.livingreview.model.Paper;
import org.livingreview.model.ProseCitation;
import org.livingreview.model.ProseSpan;
import org.livingreview.model.Review;
import org.livingreview.model.SectionProse;

/**
 * The marked-up draft (review-changes.pdf and review-changes.html): the linked draft with every change
 * since the last version marked where it stands — each section text as a word diff (its citations and
 * placed claims one word each), the claims ({@link MarkedClaims}), and the references added, removed or
 * corrected. Against a version recorded without its texts, a section text whose fingerprint changed is
 * marked inserted whole, and the references are not marked.
 */
final class MarkedUpDraft {

    private final Review review;
    private final DraftEdition edition;
    private final Function<ProseSpan, Markdown> spansNow;
    /** The last version's review, citation plan and references, or null when its texts are not known. */
    private final Then then;

    private record Then(Review review, Function<ProseSpan, Markdown> spans, List<BibliographyEntry> references) {
    }

    private MarkedUpDraft(Review review, DraftEdition edition, Function<ProseSpan, Markdown> spansNow, Then then) {
        this.review = review;
        this.edition = edition;
        this.spansNow = spansNow;
        this.then = then;
    }

    /**
     * The marked-up draft of {@code review} against the last version of {@code edition}, from the
     * {@code linked} draft, its citation plan and renderer and its references (not yet anchored); the last
     * version's citations come from {@code rendered}.
     */
    static Draft of(Draft linked, Review review, CitationStyle style, DraftEdition edition, CitationPlan plan,
                    CitationRenderer citations, List<BibliographyEntry> references, RenderedCitations rendered)
            throws IOException {
        if (edition.last().isEmpty()) {
            return linked;
        }
        Baseline last = edition.last().get();
        Function<ProseSpan, Markdown> spansNow = DraftAssembler.spans(plan, citations, DraftAssembler.LINKED);
        Then then = last.hasText() ? then(last.review(), style, plan, citations, rendered) : null;
        MarkedUpDraft marked = new MarkedUpDraft(review, edition, spansNow, then);
        List<SectionView> sections = new ArrayList<>();
        for (SectionView s : linked.sections()) {
            sections.add(new SectionView(s.id(), s.title(), s.lead(), marked.prose(s.id(), s.prose()), s.claims()));
        }
        boolean introductionIsASection = review.info().sections().stream()
                .anyMatch(s -> s.id().equals(SectionProse.INTRODUCTION));
        Markdown introduction = introductionIsASection ? linked.introduction()
                : marked.prose(SectionProse.INTRODUCTION, linked.introduction());
        return new Draft(markedUp(linked.review(), last), introduction,
                MarkedClaims.mark(sections, edition.changes(), edition.last()), linked.evidence(), linked.screening(),
                then == null ? linked.bibliography() : marked.references(references), linked.changes(),
                linked.prisma());
    }

    /** The review as the marked-up draft names itself: "draft of version 3, marked up against version 2". */
    private static ReviewView markedUp(ReviewView view, Baseline last) {
        return new ReviewView(view.title(), view.shortTitle(), view.authors(), view.abstractText(), view.keywords(),
                view.version() + ", marked up against version " + last.version().number()
                        + " (deleted words struck through, inserted words underlined)", view.date(), view.style());
    }

    /**
     * The last version as the marked-up draft shows it: a citation of papers the draft still cites is
     * formatted as the draft formats it (so an unchanged citation is no change), others by a renderer of
     * the last version's cited papers, which also formats its references.
     */
    private static Then then(Review before, CitationStyle style, CitationPlan plan, CitationRenderer citations,
                             RenderedCitations rendered) throws IOException {
        CitationPlan planThen = CitationPlan.of(before);
        CitationRenderer renderer = planThen.papers().isEmpty() ? null
                : rendered.renderer(style, before.info().locale(), planThen.papers());
        Set<String> citedNow = plan.papers().stream().map(Paper::id).collect(Collectors.toSet());
        Function<List<String>, CitationRenderer> by = ids -> citedNow.containsAll(ids) ? citations : renderer;
        Function<ProseSpan, Markdown> spans = span -> {
            if (span instanceof ProseCitation citation) {
                List<String> ids = DraftAssembler.paperIds(citation);
                return DraftAssembler.LINKED.apply(by.apply(ids).cite(Cluster.of(citation)), ids);
            }
            CitationPlan.PlacedClaim placed = planThen.placedInProse().get(((ClaimPlacement) span).claimId());
            return placed == null ? new Markdown("") : DraftAssembler.sentence(placed.claim().text(),
                    DraftAssembler.LINKED.apply(by.apply(placed.cites()).cite(placed.cites()), placed.cites()));
        };
        return new Then(before, spans, renderer == null ? List.of() : renderer.bibliography());
    }

    /** A section's text ({@code linked} as the draft shows it, or null) with its changes marked. */
    private Markdown prose(String sectionId, Markdown linked) {
        List<MarkedText.Token> now = tokens(review, sectionId, spansNow);
        List<MarkedText.Token> before;
        if (then != null) {
            before = tokens(then.review(), sectionId, then.spans());
        } else if (edition.changes().prose().stream().anyMatch(p -> p.sectionId().equals(sectionId)
                && !p.textRecorded())) {
            before = List.of();
        } else {
            return linked;
        }
        if (!MarkedText.differ(before, now)) {
            return linked;
        }
        return new Markdown(MarkedText.mark(before, now));
    }

    private static List<MarkedText.Token> tokens(Review review, String sectionId,
                                                 Function<ProseSpan, Markdown> spans) {
        return review.prose(sectionId).map(p -> ProseRenderer.tokens(p, spans)).orElse(List.of());
    }

    /**
     * The references with their changes marked: a paper the last version did not cite inserted whole, one
     * whose formatted reference changed as a word diff, and one it cited that the draft no longer does
     * kept at the end, deleted whole. Each is anchored as in the linked draft.
     */
    private List<BibliographyEntry> references(List<BibliographyEntry> now) {
        Map<String, BibliographyEntry> before = new LinkedHashMap<>();
        then.references().forEach(e -> before.put(e.id(), e));
        List<BibliographyEntry> marked = new ArrayList<>();
        for (BibliographyEntry entry : now) {
            BibliographyEntry old = before.remove(entry.id());
            List<MarkedText.Token> oldWords = old == null ? List.of() : MarkedText.words(old.text().text());
            List<MarkedText.Token> newWords = MarkedText.words(entry.text().text());
            marked.add((MarkedText.differ(oldWords, newWords) ? new BibliographyEntry(entry.id(), entry.label(),
                    new Markdown(MarkedText.mark(oldWords, newWords))) : entry).anchored());
        }
        before.values().forEach(old -> marked.add(new BibliographyEntry(old.id(), "",
                new Markdown(MarkedText.mark(MarkedText.words(old.text().text()), List.of()))).anchored()));
        return marked;
    }
}
