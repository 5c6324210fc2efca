package org.livingreview.manuscript.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.livingreview.model.Review;
import org.livingreview.model.Section;
import org.livingreview.model.SectionProse;
import org.livingreview.manuscript.text.Anchors;
import org.livingreview.manuscript.text.MarkdownText;
import org.livingreview.model.versions.ClaimSnapshot;
import org.livingreview.model.versions.PaperSnapshot;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.versions.Snapshots;

/**
 * What changed since the latest recorded version: papers added, removed or re-screened (with the reason),
 * claims added, changed or withdrawn, each with the section it stands in, and section texts written,
 * changed or removed. Empty when nothing changed.
 */
public record ChangeLog(RecordedVersion since, List<String> papers, List<String> claims, List<String> sections) {

    public ChangeLog {
        papers = List.copyOf(papers);
        claims = List.copyOf(claims);
        sections = List.copyOf(sections);
    }

    /** What the changes say before any version is recorded. */
    public static final String NOTHING_RECORDED = "No version has been recorded yet: `living-review release` records"
            + " version 1, and the changes after it are listed here.";

    public boolean isEmpty() {
        return papers.isEmpty() && claims.isEmpty() && sections.isEmpty();
    }

    /** The changes between {@code last} (null: nothing released yet) and the current review. */
    public static ChangeLog between(RecordedVersion last, Review review) {
        if (last == null) {
            return new ChangeLog(null, List.of(), List.of(), List.of());
        }
        Map<String, PaperSnapshot> now = Snapshots.of(review);
        Map<String, PaperSnapshot> then = last.papers();
        List<String> papers = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (var entry : now.entrySet()) {
            String id = entry.getKey();
            PaperSnapshot current = entry.getValue();
            PaperSnapshot before = then.get(id);
            if (before == null) {
                papers.add("Added **" + id + "** (" + status(current) + ")");
            } else if (before.status() != current.status() || !Objects.equals(before.reason(), current.reason())) {
                papers.add("Re-screened **" + id + "**: " + status(before) + " → " + status(current));
            } else if (!Objects.equals(before.metadata(), current.metadata())) {
                papers.add("Corrected the bibliographic data of **" + id + "**");
            }
            Map<String, ClaimSnapshot> oldClaims = before == null ? Map.of() : before.claims();
            current.claims().forEach((claimId, claim) -> {
                ClaimSnapshot old = oldClaims.get(claimId);
                if (old == null) {
                    claims.add("Added claim *" + claimId + "* (" + id + ") in " + sectionLink(review, claim.section()));
                } else if (!old.digest().equals(claim.digest())) {
                    claims.add("Changed claim *" + claimId + "* (" + id + ") in " + sectionLink(review, claim.section()));
                }
            });
            oldClaims.forEach((claimId, claim) -> {
                if (!current.claims().containsKey(claimId)) {
                    claims.add("Withdrew claim *" + claimId + "* (" + id + ") from "
                            + sectionLink(review, claim.section()));
                }
            });
        }
        then.forEach((id, before) -> {
            if (!now.containsKey(id)) {
                papers.add("Removed **" + id + "** (was " + status(before) + ")");
                before.claims().forEach((claimId, claim) -> claims.add("Withdrew claim *" + claimId + "* (" + id
                        + ") from " + sectionLink(review, claim.section())));
            }
        });
        return new ChangeLog(last, papers, claims, sectionTexts(last, review));
    }

    private static List<String> sectionTexts(RecordedVersion last, Review review) {
        Map<String, String> now = Snapshots.sectionTexts(review);
        List<String> lines = new ArrayList<>();
        now.forEach((id, digest) -> {
            String before = last.sectionTexts().get(id);
            if (before == null) {
                lines.add("Wrote the text of " + sectionLink(review, id));
            } else if (!before.equals(digest)) {
                lines.add("Changed the text of " + sectionLink(review, id));
            }
        });
        last.sectionTexts().keySet().stream().filter(id -> !now.containsKey(id))
                .forEach(id -> lines.add("Removed the text of " + sectionLink(review, id)));
        return lines;
    }

    private static String status(PaperSnapshot paper) {
        return paper.status().key() + (paper.reason() == null ? "" : ": " + MarkdownText.escape(paper.reason()));
    }

    private static String sectionLink(Review review, String sectionId) {
        java.util.Optional<Section> section = review.info().sections().stream()
                .filter(s -> s.id().equals(sectionId)).findFirst();
        if (section.isEmpty() && sectionId.equals(SectionProse.INTRODUCTION)) {
            return "the introduction";
        }
        String title = section.map(Section::title).orElse(sectionId);
        return "[" + MarkdownText.escape(title) + "](#" + Anchors.slug(title) + ")";
    }

    /** The heading of the changes: "Changes since version 2 (2026-11-22)" or "Changes (no version recorded yet)". */
    public String title() {
        return since == null ? "Changes (no version recorded yet)"
                : "Changes since version " + since.number() + " (" + since.date() + ")";
    }

    /** CHANGES.md: the same list as the draft's changes section, as a document of its own. */
    public String document(String reviewTitle) {
        StringBuilder out = new StringBuilder("# " + title() + "\n\n" + MarkdownText.escape(reviewTitle) + "\n\n");
        if (since == null) {
            out.append(NOTHING_RECORDED + "\n");
            return out.toString();
        }
        if (isEmpty()) {
            out.append("Nothing has changed.\n");
            return out.toString();
        }
        out.append("## Papers\n\n");
        papers.forEach(p -> out.append("- ").append(p).append('\n'));
        if (papers.isEmpty()) {
            out.append("No paper was added, removed or re-screened.\n");
        }
        out.append("\n## Claims\n\n");
        claims.forEach(c -> out.append("- ").append(c.replace("](#", "](review.md#")).append('\n'));
        if (claims.isEmpty()) {
            out.append("No claim was added, changed or withdrawn.\n");
        }
        if (!sections.isEmpty()) {
            out.append("\n## Section texts\n\n");
            sections.forEach(c -> out.append("- ").append(c.replace("](#", "](review.md#")).append('\n'));
        }
        return out.toString();
    }
}
