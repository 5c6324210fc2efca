package org.livingreview.manuscript;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.livingreview.bib.ExportFormat;
import org.livingreview.manuscript.view.DraftViews.Draft;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Review;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.load.Problems;
import org.livingreview.model.load.ReviewLoader;

/** Builds a review's outputs from its seeds and templates: nothing is written unless every step succeeds. */
public final class ReviewBuild {

    /** Where outputs go by default, relative to the project folder. */
    public static final Path DEFAULT_OUTPUT = Path.of("target", "review");
    /** The draft's version until a version is recorded. */
    static final String UNRELEASED = "unreleased draft";

    private ReviewBuild() {
    }

    /** Builds into {@code outputDir}; {@code styleOverride} (may be null) replaces review.yaml's style. */
    public static BuildResult build(Path project, Path outputDir, String styleOverride) throws IOException {
        LoadedReview loaded = ReviewLoader.load(project);
        Problems problems = new Problems();
        problems.addAll(loaded.problems());
        if (loaded.hasErrors()) {
            return new BuildResult(loaded, problems.sorted(), outputDir, List.of());
        }
        Review review = loaded.review();
        Optional<String> markdown = draft(project, review, styleOverride, problems);
        if (markdown.isEmpty()) {
            return new BuildResult(loaded, problems.sorted(), outputDir, List.of());
        }
        Outputs outputs = new Outputs().add("review.md", markdown.get());
        for (ExportFormat format : ExportFormat.values()) {
            outputs.add(format.fileName(), format.write(review.papers()));
        }
        outputs.writeTo(outputDir);
        return new BuildResult(loaded, problems.sorted(), outputDir, outputs.fileNames());
    }

    private static Optional<String> draft(Path project, Review review, String styleOverride, Problems problems)
            throws IOException {
        SourceLocation styleAt = styleOverride != null ? SourceLocation.startOf(Path.of("--style"))
                : review.info().locations().of("style");
        String styleSpec = styleOverride != null ? styleOverride : review.info().style();
        Optional<CitationStyle> style = CitationStyles.resolve(styleSpec, project, styleAt, problems);
        if (style.isEmpty()) {
            return Optional.empty();
        }
        String date = BuildDate.isoDate(BuildDate.of(project));
        Draft draft = DraftAssembler.assemble(review, style.get(), UNRELEASED, date);
        return TemplateRenderer.render(project, review.info().template(), draft,
                review.info().locations().of("template"), problems);
    }
}
