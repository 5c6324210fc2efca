package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.livingreview.manuscript.cite.CitationStyle;
import org.livingreview.manuscript.cite.CitationStyles;
import org.livingreview.manuscript.cite.RenderedCitations;
import org.livingreview.manuscript.draft.DraftAssembler;
import org.livingreview.manuscript.draft.DraftViews.Draft;
import org.livingreview.manuscript.draft.TemplateRenderer;
import org.livingreview.manuscript.output.BuildFailed;
import org.livingreview.manuscript.output.Project;
import org.livingreview.manuscript.output.Sources;
import org.livingreview.manuscript.versions.Baseline;
import org.livingreview.manuscript.versions.DraftEdition;
import org.livingreview.model.Problem;
import org.livingreview.model.Problems;
import org.livingreview.model.Review;
import org.livingreview.model.ReviewInfo;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.versions.ImportLog;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.versions.VersionFile;
import org.livingreview.model.ProjectLayout;

/**
 * The build's {@link Sources}: each step (edition, citations, each draft) made once, when an output first asks;
 * outputs rendered on two threads ask one at a time.
 */
final class BuildSources implements Sources {

    private final Project project;
    private final Review review;
    private final String styleOverride;
    private final boolean frozenCitations;
    private final Problems problems;
    private final RenderedCitations rendered;
    private DraftEdition edition;
    private DraftAssembler.Drafts drafts;
    private String markdown;
    private String linkedMarkdown;
    private String markedMarkdown;
    private String markedUpMarkdown;
    private CitationStyle style;
    /** Whether a step failed: every later step fails at once, without reporting the same problems again. */
    private boolean failed;

    BuildSources(Project project, Review review, String styleOverride, boolean frozenCitations, Problems problems,
                 RenderedCitations rendered) {
        this.project = project;
        this.rendered = rendered;
        this.review = review;
        this.styleOverride = styleOverride;
        this.frozenCitations = frozenCitations;
        this.problems = problems;
    }

    @Override
    public Project project() {
        return project;
    }

    @Override
    public Review review() {
        return review;
    }

    @Override
    public Problems problems() {
        return problems;
    }

    @Override
    public synchronized DraftEdition edition() throws BuildFailed {
        if (edition == null) {
            unlessFailed();
            Path dir = project.dir();
            List<RecordedVersion> versions = VersionFile.load(dir, problems);
            int duplicates = ImportLog.duplicatesRemoved(dir, problems);
            Optional<Baseline> last = Baseline.latest(dir, versions, problems);
            if (problems.hasErrors()) {
                throw failure();
            }
            try {
                edition = DraftEdition.of(review, Baseline.currentProse(dir), versions, last, duplicates,
                        project.isoDate());
            } catch (IOException e) {
                problems.error(SourceLocation.startOf(dir.resolve(ProjectLayout.SEEDS)), "cannot read the seed files ("
                        + e.getMessage() + ") — check that the folder is readable");
                throw failure();
            }
        }
        return edition;
    }

    @Override
    public synchronized String markdown() throws IOException, BuildFailed {
        if (markdown == null) {
            unlessFailed();
            markdown = render(drafts().plain());
        }
        return markdown;
    }

    @Override
    public synchronized String linkedMarkdown() throws IOException, BuildFailed {
        if (linkedMarkdown == null) {
            unlessFailed();
            linkedMarkdown = render(drafts().linked());
        }
        return linkedMarkdown;
    }

    @Override
    public synchronized String markedMarkdown() throws IOException, BuildFailed {
        if (markedMarkdown == null) {
            unlessFailed();
            markedMarkdown = render(drafts().marked());
        }
        return markedMarkdown;
    }

    @Override
    public synchronized String markedUpMarkdown() throws IOException, BuildFailed {
        if (markedUpMarkdown == null) {
            unlessFailed();
            markedUpMarkdown = render(drafts().markedUp().draft());
        }
        return markedUpMarkdown;
    }

    @Override
    public synchronized CitationStyle style() throws BuildFailed {
        if (style == null) {
            unlessFailed();
            SourceLocation styleAt = styleOverride != null ? SourceLocation.startOf(Path.of("--style"))
                    : review.info().locations().of("style");
            String styleSpec = styleOverride != null ? styleOverride : review.info().style();
            style = CitationStyles.resolve(styleSpec, project.dir(), styleAt, problems).orElseThrow(this::failure);
            String locale = review.info().locale();
            if (style.defaultLocale() == null && locale != null && !CitationStyles.hasLocale(locale)) {
                problems.error(review.info().locations().of("locale"), "there is no CSL locale for '" + locale
                        + "', so citations would silently use en-US — write a locale the CSL locales have, such as"
                        + " en-US, en-GB, de-DE, fr-FR or es-ES");
                throw failure();
            }
        }
        return style;
    }

    @Override
    public boolean frozenCitations() {
        return frozenCitations;
    }

    private DraftAssembler.Drafts drafts() throws IOException, BuildFailed {
        if (drafts == null) {
            CitationStyle citationStyle = style();
            drafts = DraftAssembler.assemble(review, citationStyle, edition(), rendered);
        }
        return drafts;
    }

    private String render(Draft draft) throws BuildFailed {
        ReviewInfo info = review.info();
        return TemplateRenderer.render(project.dir(), info.template(), draft, info.locations().of("template"), problems)
                .orElseThrow(this::failure);
    }

    private void unlessFailed() throws BuildFailed {
        if (failed) {
            throw new BuildFailed();
        }
    }

    private BuildFailed failure() {
        failed = true;
        return new BuildFailed();
    }

    /** Throws when any error has been reported. */
    void failOnErrors() throws BuildFailed {
        if (problems.sorted().stream().anyMatch(Problem::isError)) {
            throw new BuildFailed();
        }
    }
}
