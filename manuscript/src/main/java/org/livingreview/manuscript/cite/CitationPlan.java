package org.livingreview.manuscript.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.livingreview.model.Claim;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;

/**
 * The order in which the draft cites: its claims section by section (within a section by paper id, then
 * in file order), each citing its own paper and then its {@code cites}; and so the papers in the order of
 * their first citation, which is how numeric styles number them.
 */
public record CitationPlan(Map<String, List<PlacedClaim>> claimsBySection, List<Paper> papers) {

    /** A claim placed in the draft, with the papers its citation names (its own first). */
    public record PlacedClaim(Paper paper, Claim claim, List<String> cites) {
    }

    public static CitationPlan of(Review review) {
        Map<String, List<PlacedClaim>> bySection = new LinkedHashMap<>();
        review.info().sections().forEach(s -> bySection.put(s.id(), new ArrayList<>()));
        for (Paper paper : review.included()) {
            for (Claim claim : paper.claims()) {
                List<String> cites = Stream.concat(Stream.of(paper.id()), claim.cites().stream()).distinct().toList();
                bySection.computeIfAbsent(claim.section(), k -> new ArrayList<>())
                        .add(new PlacedClaim(paper, claim, cites));
            }
        }
        LinkedHashSet<String> order = new LinkedHashSet<>();
        bySection.values().forEach(claims -> claims.forEach(c -> order.addAll(c.cites())));
        return new CitationPlan(bySection, order.stream().map(id -> review.paper(id).orElseThrow()).toList());
    }

    /** Every citation of the draft, in document order. */
    List<List<String>> clusters() {
        return claimsBySection.values().stream().flatMap(List::stream).map(PlacedClaim::cites).toList();
    }
}
