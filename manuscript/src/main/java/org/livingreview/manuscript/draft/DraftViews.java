package org.livingreview.manuscript.draft;

import java.util.List;
import org.livingreview.manuscript.cite.BibliographyEntry;
import org.livingreview.manuscript.text.Markdown;
import org.livingreview.manuscript.text.MarkdownText;

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

    /**
     * One of {@code $sections}, in review order: its {@code prose} (the section's text with citations and
     * placed claims formatted, null without a seeds/sections file) and its claims not placed in any text.
     */
    public record SectionView(String id, String title, String lead, Markdown prose, List<ClaimView> claims) {
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

    /**
     * {@code $changes}: what changed since the latest recorded version, as Markdown lines with changed words
     * marked (papers, claims, section texts); {@code summary} says so instead when nothing is recorded yet
     * or nothing changed; {@code note} (or null) says when the earlier texts were not recorded.
     */
    public record ChangesView(String title, String summary, String note, List<Markdown> papers,
                              List<Markdown> claims, List<Markdown> sections) {
    }

    /**
     * {@code $prisma}: the PRISMA 2020 flow diagram (prisma.svg), a text description of it, its counts
     * (one column per version), and {@code table}, those counts as a Markdown table.
     */
    public record PrismaView(String image, String description, List<PrismaColumn> columns) {

        public Markdown getTable() {
            StringBuilder table = new StringBuilder("| Stage |");
            columns.forEach(c -> table.append(' ').append(MarkdownText.escape(c.label())).append(" |"));
            table.append("\n| --- |");
            columns.forEach(c -> table.append(" ---: |"));
            row(table, "Records identified", PrismaColumn::identified);
            row(table, "Duplicates removed", PrismaColumn::duplicates);
            row(table, "Records screened", PrismaColumn::screened);
            row(table, "Records excluded", PrismaColumn::excluded);
            row(table, "Awaiting screening", PrismaColumn::pending);
            row(table, "Studies included", PrismaColumn::included);
            return new Markdown(table.toString());
        }

        private void row(StringBuilder table, String name, java.util.function.ToIntFunction<PrismaColumn> count) {
            table.append("\n| ").append(name).append(" |");
            columns.forEach(c -> table.append(' ').append(count.applyAsInt(c)).append(" |"));
        }
    }

    /** The counts of one version in the PRISMA flow. */
    public record PrismaColumn(String label, int identified, int duplicates, int screened, int excluded,
                               int pending, int included) {
    }

    /** Everything a template sees, by name; {@code introduction} is the text before the first section, or null. */
    public record Draft(ReviewView review, Markdown introduction, List<SectionView> sections, List<EvidenceRow> evidence,
                        ScreeningView screening, List<BibliographyEntry> bibliography, ChangesView changes,
                        PrismaView prisma) {
    }
}
