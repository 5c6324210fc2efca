package org.livingreview.model.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.livingreview.model.ClaimPlacement;
import org.livingreview.model.Paper;
import org.livingreview.model.ProseCitation;
import org.livingreview.model.Review;
import org.livingreview.model.ScreeningStatus;
import org.livingreview.model.Section;
import org.livingreview.model.SectionProse;
import org.livingreview.model.Problems;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Suggestions;

/** The checks of the section texts: each names a section, cites papers of the review, places real claims once. */
final class ProseValidator {

    private ProseValidator() {
    }

    /** Reports the problems of the prose and returns the included papers it cites. */
    static Set<String> validate(Review review, boolean sectionsKnown, Problems problems) {
        Set<String> sectionIds = new HashSet<>(review.info().sections().stream().map(Section::id).toList());
        Map<String, Paper> claimPapers = new HashMap<>();
        review.papers().forEach(p -> p.claims().forEach(c -> claimPapers.putIfAbsent(c.id(), p)));
        Map<String, SourceLocation> placed = new HashMap<>();
        Set<String> cited = new HashSet<>();
        for (SectionProse prose : review.prose().values()) {
            if (sectionsKnown && !sectionIds.contains(prose.sectionId())
                    && !prose.sectionId().equals(SectionProse.INTRODUCTION)) {
                problems.error(SourceLocation.startOf(prose.file()), "there is no section '" + prose.sectionId()
                        + "' in seeds/review.yaml"
                        + Suggestions.closest(prose.sectionId(), sectionIds).map(s -> " — did you mean '" + s + "'?")
                        .orElse(" — name the file after a section id, or '" + SectionProse.INTRODUCTION
                                + ".md' for the text before the first section"));
            }
            for (ProseCitation citation : prose.citations()) {
                citation.items().forEach(item -> cite(review, item, cited, problems));
            }
            for (ClaimPlacement placement : prose.placements()) {
                place(placement, claimPapers, placed, problems);
            }
        }
        return cited;
    }

    private static void cite(Review review, ProseCitation.CitedItem item, Set<String> cited, Problems problems) {
        var paper = review.paper(item.paperId());
        if (paper.isEmpty()) {
            var ids = review.papers().stream().map(Paper::id).toList();
            problems.error(item.location(), "'@" + item.paperId() + "' is no paper of the review"
                    + Suggestions.closest(item.paperId(), ids).map(s -> " — did you mean '" + s + "'?")
                    .orElse(" — add seeds/papers/" + item.paperId() + ".yaml or correct the id"));
            return;
        }
        ScreeningStatus status = paper.get().screening().status();
        if (status == ScreeningStatus.INCLUDED) {
            cited.add(item.paperId());
        } else {
            problems.warning(item.location(), "'@" + item.paperId() + "' is " + status.key() + ", yet the text"
                    + " cites it — screen it in, or cite another paper");
        }
    }

    private static void place(ClaimPlacement placement, Map<String, Paper> claimPapers,
                              Map<String, SourceLocation> placed, Problems problems) {
        Paper paper = claimPapers.get(placement.claimId());
        if (paper == null) {
            problems.error(placement.location(), "there is no claim '" + placement.claimId() + "'"
                    + Suggestions.closest(placement.claimId(), claimPapers.keySet())
                    .map(s -> " — did you mean '" + s + "'?")
                    .orElse(" — write the claim under 'claims' in its paper's file, or correct the id"));
            return;
        }
        SourceLocation first = placed.putIfAbsent(placement.claimId(), placement.location());
        if (first != null) {
            problems.error(placement.location(), "the claim '" + placement.claimId() + "' is placed twice (also at "
                    + first + ") — place it once");
        } else if (!paper.screening().isIncluded()) {
            problems.warning(placement.location(), "the claim '" + placement.claimId() + "' is left out: its paper '"
                    + paper.id() + "' is not included");
        }
    }

}
