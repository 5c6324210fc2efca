package org.livingreview.manuscript.view;

import java.util.List;
import org.livingreview.manuscript.BibliographyEntry;
import org.livingreview.manuscript.Markdown;

/** The objects a draft template sees; docs/templates.md describes each one. */
public final class DraftViews {

    private DraftViews() {
    }

    /** {@code $review}: the review as a whole. */
    public record ReviewView(String title, String shortTitle, List<AuthorView> authors, String abstractText,
                             List<String> keywords, String version, String date, String style) {
    }

    /** An author of the review. */
    public record AuthorView(String name, String orcid, String email, List<String> affiliations) {
    }

    /** One of {@code $sections}, in review order, with its claims. */
    public record SectionView(String id, String title, String lead, List<ClaimView> claims) {
    }

    /**
     * A claim: its own text, its formatted {@code citation}, and {@code sentence}, the text with the
     * citation placed where the style puts it (before the final period, or after it for superscripts).
     */
    public record ClaimView(String id, String paperId, String text, Markdown citation, Markdown sentence) {
    }

    /** One row of {@code $evidence}, an included study. */
    public record EvidenceRow(String paperId, Markdown study, String design, String population, String findings) {
    }

    /** {@code $screening}: how many records were screened and what became of them. */
    public record ScreeningView(int records, int included, int excluded, int pending, List<ReasonCount> exclusions) {
    }

    /** How many papers were excluded for one reason. */
    public record ReasonCount(String reason, int count) {
    }

    /** Everything a template sees, by name. */
    public record Draft(ReviewView review, List<SectionView> sections, List<EvidenceRow> evidence,
                        ScreeningView screening, List<BibliographyEntry> bibliography) {
    }
}
