package org.livingreview.manuscript.cite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.livingreview.model.Claim;
import org.livingreview.model.ClaimPlacement;
import org.livingreview.model.Paper;
import org.livingreview.model.ProseCitation;
import org.livingreview.model.ProseSpan;
import org.livingreview.model.Review;
import org.livingreview.model.SectionProse;

/**
 * The order in which the draft cites: the introduction's text, then section by section its text (a claim
 * placed in it citing where it stands) and then its claims not placed in any text (within a section by
 * paper id, then in file order), each claim citing its own paper and then its {@code cites}; and so the
 * papers in the order of their first citation, which is how numeric styles number them.
 */
public record CitationPlan(Map<String, List<PlacedClaim>> claimsBySection, Map<String, PlacedClaim> placedInProse,
                    List<Cluster> clusters, List<Paper> papers) {

    /** A claim in the draft, with the papers its citation names (its own first). */
    public record PlacedClaim(Paper paper, Claim claim, List<String> cites) {
    }

    public static CitationPlan of(Review review) {
        Map<String, PlacedClaim> claims = new LinkedHashMap<>();
        for (Paper paper : review.included()) {
            for (Claim claim : paper.claims()) {
                List<String> cites = Stream.concat(Stream.of(paper.id()), claim.cites().stream()).distinct().toList();
                claims.put(claim.id(), new PlacedClaim(paper, claim, cites));
            }
        }
        Set<String> placed = new HashSet<>();
        review.prose().values().forEach(p -> p.placements().forEach(c -> placed.add(c.claimId())));
        Map<String, List<PlacedClaim>> bySection = new LinkedHashMap<>();
        review.info().sections().forEach(s -> bySection.put(s.id(), new ArrayList<>()));
        claims.values().stream().filter(c -> !placed.contains(c.claim().id()))
                .forEach(c -> bySection.computeIfAbsent(c.claim().section(), k -> new ArrayList<>()).add(c));

        List<Cluster> clusters = new ArrayList<>();
        List<String> textOrder = new ArrayList<>();
        if (review.info().sections().stream().noneMatch(s -> s.id().equals(SectionProse.INTRODUCTION))) {
            textOrder.add(SectionProse.INTRODUCTION);
        }
        textOrder.addAll(bySection.keySet());
        for (String section : textOrder) {
            review.prose(section).ifPresent(prose -> clusters.addAll(clusters(prose, claims)));
            bySection.getOrDefault(section, List.of()).forEach(c -> clusters.add(Cluster.of(c.cites())));
        }
        LinkedHashSet<String> order = new LinkedHashSet<>();
        clusters.forEach(c -> order.addAll(c.paperIds()));
        Map<String, PlacedClaim> inProse = new LinkedHashMap<>(claims);
        inProse.keySet().retainAll(placed);
        return new CitationPlan(bySection, inProse, clusters,
                order.stream().map(id -> review.paper(id).orElseThrow()).toList());
    }

    private static List<Cluster> clusters(SectionProse prose, Map<String, PlacedClaim> claims) {
        List<Cluster> clusters = new ArrayList<>();
        for (ProseSpan span : prose.spans()) {
            if (span instanceof ProseCitation citation) {
                clusters.add(Cluster.of(citation));
            } else if (span instanceof ClaimPlacement placement) {
                Optional.ofNullable(claims.get(placement.claimId())).ifPresent(c -> clusters.add(Cluster.of(c.cites())));
            }
        }
        return clusters;
    }
}
