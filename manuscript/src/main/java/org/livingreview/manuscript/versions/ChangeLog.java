package org.livingreview.manuscript.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.livingreview.manuscript.versions.WordDiff.Marks;
import org.livingreview.model.Claim;
import org.livingreview.model.Paper;
import org.livingreview.model.load.PaperYaml;
import org.livingreview.model.Review;
import org.livingreview.model.SectionProse;
import org.livingreview.manuscript.text.Anchors;
import org.livingreview.manuscript.text.MarkdownText;
import org.livingreview.model.versions.ClaimSnapshot;
import org.livingreview.model.versions.PaperSnapshot;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.versions.Snapshots;

/**
 * What changed between a recorded version and a later state of the review (the draft, or another version):
 * papers added, removed or re-screened with their reasons, bibliographic corrections field by field,
 * claims added, changed or withdrawn with their text, and changed section prose, each changed text as a
 * word diff. Against a version recorded before snapshots were kept, the earlier texts are unknown and
 * the changes say so.
 */
public record ChangeLog(RecordedVersion since, String to, boolean textRecorded, List<PaperChange> papers,
                        List<ClaimChange> claims, List<ProseChange> prose, Map<String, String> sectionTitles) {

    public ChangeLog {
        papers = List.copyOf(papers);
        claims = List.copyOf(claims);
        prose = List.copyOf(prose);
        sectionTitles = Map.copyOf(sectionTitles);
    }

    /** What the changes say before any version is recorded. */
    public static final String NOTHING_RECORDED = "No version has been recorded yet: `living-review release` records"
            + " version 1, and the changes after it are listed here.";

    /** A paper added, removed, re-screened (status before and after) or corrected (its fields). */
    public record PaperChange(String id, Kind kind, String before, String after, List<FieldChange> fields) {
    }

    /** One bibliographic field corrected: its name, and its values before and after (null: absent). */
    public record FieldChange(String field, String before, String after) {
    }

    /** A claim added, changed or withdrawn; a text is null where it is not known or does not exist. */
    public record ClaimChange(String paperId, String claimId, Kind kind, String sectionBefore, String sectionAfter,
                              String textBefore, String textAfter) {
    }

    /**
     * The prose of a section, before and after (null: absent); against a version recorded without its texts
     * only their fingerprints are known, so {@code before} is empty when the section had a text then and
     * {@code textRecorded} is false.
     */
    public record ProseChange(String sectionId, String before, String after, boolean textRecorded) {
    }

    /** What happened to a paper or claim. */
    public enum Kind { ADDED, REMOVED, RESCREENED, CORRECTED, CHANGED, WITHDRAWN }

    public boolean isEmpty() {
        return papers.isEmpty() && claims.isEmpty() && prose.isEmpty();
    }

    /** No version recorded yet: nothing to compare with. */
    public static ChangeLog none() {
        return new ChangeLog(null, "draft", false, List.of(), List.of(), List.of(), Map.of());
    }

    /** The changes from {@code baseline} to {@code review} (called {@code to}, e.g. "draft") with its prose. */
    public static ChangeLog between(Baseline baseline, Review review, Map<String, String> prose, String to) {
        Map<String, PaperSnapshot> now = Snapshots.of(review);
        Map<String, PaperSnapshot> then = baseline.hasText() ? Snapshots.of(baseline.review())
                : baseline.version().papers();
        List<PaperChange> papers = new ArrayList<>();
        List<ClaimChange> claims = new ArrayList<>();
        for (String id : new TreeSet<>(union(now.keySet(), then.keySet()))) {
            PaperSnapshot current = now.get(id);
            PaperSnapshot before = then.get(id);
            if (before == null) {
                papers.add(new PaperChange(id, Kind.ADDED, null, status(current), List.of()));
            } else if (current == null) {
                papers.add(new PaperChange(id, Kind.REMOVED, status(before), null, List.of()));
            } else {
                if (before.status() != current.status() || !Objects.equals(before.reason(), current.reason())) {
                    papers.add(new PaperChange(id, Kind.RESCREENED, status(before), status(current), List.of()));
                }
                if (!Objects.equals(before.metadata(), current.metadata())) {
                    papers.add(new PaperChange(id, Kind.CORRECTED, null, null, baseline.hasText()
                            ? fields(baseline.review().paper(id).orElseThrow(), review.paper(id).orElseThrow())
                            : List.of()));
                }
            }
            claims.addAll(claims(id, before, current, baseline.hasText() ? baseline.review() : null, review));
        }
        List<ProseChange> proseChanges = baseline.hasText() ? proseChanges(baseline.prose(), prose)
                : fingerprintedChanges(baseline.version().sectionTexts(), prose);
        Map<String, String> titles = new java.util.HashMap<>();
        if (baseline.hasText()) {
            baseline.review().info().sections().forEach(s -> titles.put(s.id(), s.title()));
        }
        review.info().sections().forEach(s -> titles.put(s.id(), s.title()));
        return new ChangeLog(baseline.version(), to, baseline.hasText(), papers, claims, proseChanges, titles);
    }

    private static List<ProseChange> proseChanges(Map<String, String> before, Map<String, String> after) {
        List<ProseChange> changes = new ArrayList<>();
        for (String section : new TreeSet<>(union(after.keySet(), before.keySet()))) {
            String old = before.get(section);
            String current = after.get(section);
            if (old == null || current == null || WordDiff.differ(old, current)) {
                changes.add(new ProseChange(section, old, current, true));
            }
        }
        return changes;
    }

    /**
     * The sections whose text differs from the fingerprint a version recorded without its texts; none when it
     * recorded no fingerprints (it was recorded before section texts were fingerprinted, or had none).
     */
    private static List<ProseChange> fingerprintedChanges(Map<String, String> fingerprints, Map<String, String> prose) {
        if (fingerprints.isEmpty()) {
            return List.of();
        }
        Map<String, String> now = Snapshots.sectionTexts(prose);
        List<ProseChange> changes = new ArrayList<>();
        for (String section : new TreeSet<>(union(now.keySet(), fingerprints.keySet()))) {
            if (!Objects.equals(fingerprints.get(section), now.get(section))) {
                changes.add(new ProseChange(section, fingerprints.containsKey(section) ? "" : null,
                        prose.get(section), false));
            }
        }
        return changes;
    }

    private static List<ClaimChange> claims(String paperId, PaperSnapshot before, PaperSnapshot current,
                                            Review then, Review now) {
        Map<String, ClaimSnapshot> oldClaims = before == null ? Map.of() : before.claims();
        Map<String, ClaimSnapshot> newClaims = current == null ? Map.of() : current.claims();
        List<ClaimChange> changes = new ArrayList<>();
        for (String claimId : new TreeSet<>(union(newClaims.keySet(), oldClaims.keySet()))) {
            ClaimSnapshot old = oldClaims.get(claimId);
            ClaimSnapshot claim = newClaims.get(claimId);
            String oldText = then == null || old == null ? null : text(then, paperId, claimId);
            String newText = claim == null ? null : text(now, paperId, claimId);
            if (old == null) {
                changes.add(new ClaimChange(paperId, claimId, Kind.ADDED, null, claim.section(), null, newText));
            } else if (claim == null) {
                changes.add(new ClaimChange(paperId, claimId, Kind.WITHDRAWN, old.section(), null, oldText, null));
            } else if (!old.digest().equals(claim.digest())) {
                changes.add(new ClaimChange(paperId, claimId, Kind.CHANGED, old.section(), claim.section(), oldText,
                        newText));
            }
        }
        return changes;
    }

    private static String text(Review review, String paperId, String claimId) {
        return review.paper(paperId).flatMap(p -> p.claims().stream().filter(c -> c.id().equals(claimId)).findFirst())
                .map(Claim::text).orElse(null);
    }

    /** The bibliographic fields (and study description) that differ, in the order a paper file lists them. */
    private static List<FieldChange> fields(Paper before, Paper after) {
        Map<String, String> old = flatFields(before);
        Map<String, String> now = flatFields(after);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : union(now.keySet(), old.keySet())) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                changes.add(new FieldChange(field, old.get(field), now.get(field)));
            }
        }
        return changes;
    }

    private static Map<String, String> flatFields(Paper paper) {
        Map<String, String> flat = new java.util.LinkedHashMap<>();
        PaperYaml.fields(paper).forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested && key.equals("study")) {
                nested.forEach((k, v) -> flat.put(key + " " + k, String.valueOf(v)));
            } else if (!key.equals("id") && !key.equals("screening") && !key.equals("claims")) {
                flat.put(key, value instanceof List<?> list ? String.join("; ", list.stream()
                        .map(ChangeLog::item).toList()) : String.valueOf(value));
            }
        });
        return flat;
    }

    /** A list item as a reader knows it: a name as "Family, Given", anything else as written. */
    private static String item(Object item) {
        if (item instanceof Map<?, ?> name) {
            return name.containsKey("literal") ? String.valueOf(name.get("literal"))
                    : name.get("family") + (name.containsKey("given") ? ", " + name.get("given") : "");
        }
        return String.valueOf(item);
    }

    private static <T> List<T> union(java.util.Collection<T> first, java.util.Collection<T> second) {
        List<T> all = new ArrayList<>(first);
        second.stream().filter(x -> !first.contains(x)).forEach(all::add);
        return all;
    }

    private static String status(PaperSnapshot paper) {
        return paper.status().key() + (paper.reason() == null ? "" : ": " + paper.reason());
    }

    /** The heading: "Changes since version 2 (2026-11-22)", "Changes from version 1 to version 3", or none yet. */
    public String title() {
        if (since == null) {
            return "Changes (no version recorded yet)";
        }
        return to.equals("draft") ? "Changes since version " + since.number() + " (" + since.date() + ")"
                : "Changes from version " + since.number() + " (" + since.date() + ") to " + to;
    }

    /** The papers' lines, as Markdown with changed text marked by {@code marks}. */
    public List<String> paperLines(Marks marks) {
        return papers.stream().map(p -> switch (p.kind()) {
            case ADDED -> "Added **" + p.id() + "** (" + MarkdownText.escape(p.after()) + ")";
            case REMOVED -> "Removed **" + p.id() + "** (was " + MarkdownText.escape(p.before()) + ")";
            case RESCREENED -> "Re-screened **" + p.id() + "**: " + MarkdownText.escape(p.before()) + " → "
                    + MarkdownText.escape(p.after());
            default -> "Corrected the bibliographic data of **" + p.id() + "**" + (p.fields().isEmpty()
                    ? " (version " + since.number() + " recorded no values to compare)"
                    : ": " + String.join("; ", p.fields().stream().map(f -> field(f, marks)).toList()));
        }).toList();
    }

    private static String field(FieldChange f, Marks marks) {
        return f.field() + " " + (f.before() == null ? "(none)" : marks.deleted(MarkdownText.escape(f.before())))
                + " → " + (f.after() == null ? "(none)" : marks.inserted(MarkdownText.escape(f.after())));
    }

    /** The claims' lines, as Markdown with changed text marked; section links point into {@code draft}. */
    public List<String> claimLines(Marks marks, String draft) {
        return claims.stream().map(c -> switch (c.kind()) {
            case ADDED -> "Added claim *" + c.claimId() + "* (" + c.paperId() + ") in "
                    + section(c.sectionAfter(), draft) + ": " + WordDiff.render("", c.textAfter(), marks);
            case WITHDRAWN -> "Withdrew claim *" + c.claimId() + "* (" + c.paperId() + ") from "
                    + section(c.sectionBefore(), draft) + (c.textBefore() == null ? ""
                    : ": " + WordDiff.render(c.textBefore(), "", marks));
            default -> "Changed claim *" + c.claimId() + "* (" + c.paperId() + ") in "
                    + section(c.sectionAfter(), draft)
                    + (c.sectionBefore().equals(c.sectionAfter()) ? ""
                    : " (moved from " + section(c.sectionBefore(), draft) + ")")
                    + (c.textBefore() == null
                    ? " — version " + since.number() + " recorded no text to compare; it now reads: "
                    + MarkdownText.escape(c.textAfter())
                    : WordDiff.differ(c.textBefore(), c.textAfter())
                    ? ": " + WordDiff.render(c.textBefore(), c.textAfter(), marks) : " (its citations changed)");
        }).toList();
    }

    /** The section prose lines, as word diffs (or, against a version without texts, what is known). */
    public List<String> proseLines(Marks marks, String draft) {
        return prose.stream().map(p -> (p.before() == null ? "Wrote the text of " : p.after() == null
                ? "Removed the text of " : "Changed the text of ") + section(p.sectionId(), draft)
                + (p.textRecorded() || p.before() == null ? ": " + WordDiff.render(
                Objects.requireNonNullElse(p.before(), ""), Objects.requireNonNullElse(p.after(), ""), marks)
                : " — version " + since.number() + " recorded only a fingerprint of its text, so the change"
                + " cannot be shown")).toList();
    }

    private String section(String sectionId, String draft) {
        if (!sectionTitles.containsKey(sectionId) && sectionId.equals(SectionProse.INTRODUCTION)) {
            return "the introduction";
        }
        String title = sectionTitles.getOrDefault(sectionId, sectionId);
        return "[" + MarkdownText.escape(title) + "](" + draft + "#" + Anchors.slug(title) + ")";
    }

    /** CHANGES.md (or what {@code diff} prints): the same lists as the draft's changes section, on their own. */
    public String document(String reviewTitle) {
        StringBuilder out = new StringBuilder("# " + title() + "\n\n" + MarkdownText.escape(reviewTitle) + "\n\n");
        if (since == null) {
            return out.append(NOTHING_RECORDED).append('\n').toString();
        }
        if (!textRecorded) {
            out.append("Version ").append(since.number()).append(" was recorded before living-review kept the texts"
                    + " of a version, so earlier wordings are not shown.\n\n");
        }
        if (isEmpty()) {
            return out.append("Nothing has changed.\n").toString();
        }
        list(out, "Papers", paperLines(Marks.PLAIN), "No paper was added, removed, re-screened or corrected.");
        list(out, "Claims", claimLines(Marks.PLAIN, "review.md"), "No claim was added, changed or withdrawn.");
        if (!prose.isEmpty()) {
            list(out, "Section texts", proseLines(Marks.PLAIN, "review.md"), "");
        }
        out.append("Deleted words are marked ~~like this~~ and inserted words **like this**.\n");
        return out.toString();
    }

    private static void list(StringBuilder out, String heading, List<String> lines, String none) {
        out.append("## ").append(heading).append("\n\n");
        lines.forEach(l -> out.append("- ").append(l).append('\n'));
        if (lines.isEmpty()) {
            out.append(none).append('\n');
        }
        out.append('\n');
    }
}
