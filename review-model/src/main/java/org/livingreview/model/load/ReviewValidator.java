package org.livingreview.model.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.livingreview.model.Claim;
import org.livingreview.model.Identifiers;
import org.livingreview.model.Paper;
import org.livingreview.model.Problem;
import org.livingreview.model.Review;
import org.livingreview.model.ScreeningStatus;
import org.livingreview.model.Section;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;
import org.livingreview.model.Suggestions;

/** The checks that span files: unique ids and identifiers, claims that point somewhere real, coverage. */
final class ReviewValidator {

    private ReviewValidator() {
    }

    /** Problems across the review's files; section checks only when review.yaml loaded ({@code sectionsKnown}). */
    static List<Problem> validate(Review review, boolean sectionsKnown) {
        Problems problems = new Problems();
        uniqueIdentifier(review, problems, "id", Paper::id);
        uniqueIdentifier(review, problems, "doi", p -> p.reference().doi() == null ? null
                : Identifiers.normalizeDoi(p.reference().doi()));
        uniqueIdentifier(review, problems, "pmid", p -> p.reference().pmid());
        uniqueIdentifier(review, problems, "pmcid", p -> p.reference().pmcid());
        Set<String> sectionIds = new HashSet<>(review.info().sections().stream().map(Section::id).toList());
        // By id, the first of papers with one id (reported above): a look-up per cited paper, not a search.
        Map<String, Paper> papersById = new HashMap<>();
        review.papers().forEach(p -> papersById.putIfAbsent(p.id(), p));
        Map<String, SourceLocation> claimIds = new HashMap<>();
        Set<String> cited = new HashSet<>();
        for (Paper paper : review.papers()) {
            if (!paper.claims().isEmpty() && paper.screening().status() != ScreeningStatus.INCLUDED) {
                problems.warning(paper.locations().of("claims"), "the claims of a paper that is not included are left"
                        + " out of the draft — set its screening status to included to use them");
            }
            for (Claim claim : paper.claims()) {
                SourceLocation first = claimIds.putIfAbsent(claim.id(), claim.locations().of("id"));
                if (first != null) {
                    problems.error(claim.locations().of("id"), "duplicate claim id '" + claim.id() + "' (also at "
                            + first + ") — claim ids must be unique across the review");
                }
                if (sectionsKnown && !sectionIds.contains(claim.section())) {
                    problems.error(claim.locations().of("section"), "the claim is in section '" + claim.section()
                            + "', which seeds/review.yaml does not list"
                            + Suggestions.closest(claim.section(), sectionIds).map(s -> " — did you mean '" + s + "'?")
                            .orElse(" — add the section to seeds/review.yaml or use one of: "
                                    + String.join(", ", sorted(sectionIds))));
                }
                if (paper.screening().isIncluded()) {
                    cited.add(paper.id());
                }
                checkCites(paper, claim, papersById, cited, problems);
            }
        }
        cited.addAll(ProseValidator.validate(review, sectionsKnown, problems));
        for (Paper paper : review.included()) {
            if (!cited.contains(paper.id())) {
                problems.error(paper.locations().of("screening"), "the paper '" + paper.id() + "' is included but"
                        + " nothing cites it — add a claim under 'claims' or cite it in a section's text, or set its"
                        + " screening status to pending");
            }
        }
        return problems.sorted();
    }

    private static void checkCites(Paper paper, Claim claim, Map<String, Paper> papersById, Set<String> cited,
                                   Problems problems) {
        for (int i = 0; i < claim.cites().size(); i++) {
            String target = claim.cites().get(i);
            SourceLocation at = claim.locations().of("cites." + i);
            if (target.equals(paper.id())) {
                problems.warning(at, "the claim cites its own paper '" + target + "', which every claim cites"
                        + " already — remove it from 'cites'");
            } else if (!papersById.containsKey(target)) {
                problems.error(at, "the claim cites '" + target + "', which is no paper of the review"
                        + Suggestions.closest(target, papersById.keySet()).map(s -> " — did you mean '" + s + "'?")
                        .orElse(" — add seeds/papers/" + target + ".yaml or correct the id"));
            } else {
                ScreeningStatus status = papersById.get(target).screening().status();
                if (status == ScreeningStatus.EXCLUDED) {
                    problems.error(at, "the claim cites '" + target + "', which is excluded — a review cites only"
                            + " papers it includes: remove the citation or re-screen the paper");
                } else if (status == ScreeningStatus.PENDING) {
                    problems.warning(at, "the claim cites '" + target + "', whose screening is still pending —"
                            + " screen it before the next release");
                } else if (paper.screening().isIncluded()) {
                    cited.add(target);
                }
            }
        }
    }

    private static void uniqueIdentifier(Review review, Problems problems, String field,
                                         Function<Paper, String> value) {
        Map<String, Paper> seen = new HashMap<>();
        for (Paper paper : review.papers()) {
            String key = value.apply(paper);
            if (key == null) {
                continue;
            }
            Paper first = seen.putIfAbsent(key, paper);
            if (first != null) {
                problems.error(paper.locations().of(field), "the " + field + " '" + key + "' is also the " + field
                        + " of paper '" + first.id() + "' (" + first.locations().of(field) + ") — the same work is"
                        + " in the review twice: keep one file and delete the other");
            }
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
