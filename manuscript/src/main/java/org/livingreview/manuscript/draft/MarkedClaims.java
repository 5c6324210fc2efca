package org.livingreview.manuscript.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.livingreview.manuscript.versions.ChangeLog;
import org.livingreview.manuscript.versions.ChangeLog.ClaimChange;
import org.livingreview.manuscript.versions.Baseline;
import org.livingreview.manuscript.versions.WordDiff;
import org.livingreview.manuscript.versions.WordDiff.Marks;
import org.livingreview.manuscript.draft.DraftViews.ClaimView;
import org.livingreview.manuscript.draft.DraftViews.SectionView;
import org.livingreview.manuscript.text.Markdown;
import org.livingreview.model.Claim;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;

/**
 * The sections of the marked-up draft, against the last version: a claim whose words changed shows them
 * deleted and inserted; a claim the last version did not show (new, or its paper newly included) is
 * marked inserted whole; a claim it showed that the draft no longer does (withdrawn, or its paper
 * excluded or removed) stays in its section, marked deleted. Against a version recorded without its texts,
 * only the claims added or changed since are marked, inserted whole.
 */
final class MarkedClaims {

    private MarkedClaims() {
    }

    /** A claim as a draft shows it: its paper, section and text. */
    private record Shown(String paperId, String section, String text) {
    }

    static List<SectionView> mark(List<SectionView> sections, ChangeLog changes, Optional<Baseline> last) {
        if (last.isEmpty()) {
            return sections;
        }
        Map<String, Shown> before = last.get().hasText() ? shown(last.get().review()) : null;
        Map<String, ClaimChange> changed = new LinkedHashMap<>();
        changes.claims().forEach(c -> changed.put(key(c.paperId(), c.claimId()), c));
        java.util.Set<String> now = new java.util.HashSet<>();
        sections.forEach(s -> s.claims().forEach(c -> now.add(key(c.paperId(), c.id()))));
        List<SectionView> marked = new ArrayList<>();
        for (SectionView section : sections) {
            List<ClaimView> claims = new ArrayList<>();
            for (ClaimView claim : section.claims()) {
                String key = key(claim.paperId(), claim.id());
                Optional<String> old = before != null ? Optional.ofNullable(before.get(key)).map(Shown::text)
                        : changed.containsKey(key) ? Optional.of("") : Optional.empty();
                claims.add(old.isEmpty() && before != null ? inserted(claim)
                        : old.filter(o -> !o.equals(claim.text())).map(o -> markedClaim(claim, o)).orElse(claim));
            }
            if (before != null) {
                before.forEach((key, shown) -> {
                    if (!now.contains(key) && shown.section().equals(section.id())) {
                        claims.add(new ClaimView(key.substring(key.indexOf(' ') + 1), shown.paperId(), shown.text(),
                                new Markdown(""), new Markdown(WordDiff.render(shown.text(), "", Marks.HTML))));
                    }
                });
            }
            marked.add(new SectionView(section.id(), section.title(), section.lead(), section.prose(), claims));
        }
        return marked;
    }

    private static ClaimView inserted(ClaimView claim) {
        return markedClaim(claim, "");
    }

    /** The claim with its changes from {@code old} marked, its citation placed as in the draft. */
    private static ClaimView markedClaim(ClaimView claim, String old) {
        String text = claim.text().strip();
        boolean period = text.endsWith(".") && (old.isEmpty() || old.strip().endsWith("."));
        String marked = period ? WordDiff.render(strip(old), strip(text), Marks.HTML) + "."
                : WordDiff.render(old, text, Marks.HTML);
        return new ClaimView(claim.id(), claim.paperId(), claim.text(), claim.citation(),
                DraftAssembler.placeCitation(marked, claim.citation()));
    }

    private static String strip(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /** The claims a draft of {@code review} shows: those of its included papers. */
    private static Map<String, Shown> shown(Review review) {
        Map<String, Shown> shown = new LinkedHashMap<>();
        for (Paper paper : review.included()) {
            for (Claim claim : paper.claims()) {
                shown.put(key(paper.id(), claim.id()), new Shown(paper.id(), claim.section(), claim.text()));
            }
        }
        return shown;
    }

    private static String key(String paperId, String claimId) {
        return paperId + " " + claimId;
    }
}
