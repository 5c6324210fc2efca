package org.livingreview.manuscript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.livingreview.bib.ExportFormat;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Review;
import org.livingreview.model.ReviewAuthor;
import org.livingreview.model.ReviewInfo;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.load.Problems;
import org.livingreview.model.load.ReviewLoader;

/** Builds a review's outputs from its seeds and templates: nothing is written unless every step succeeds. */
public final class ReviewBuild {

    /** Where outputs go by default, relative to the project folder. */
    public static final Path DEFAULT_OUTPUT = Path.of("target", "review");
    /** The draft's version until a version is recorded. */
    static final String UNRELEASED = "unreleased draft";
    /** The PDF's stylesheet, relative to the project (or among the shipped templates). */
    static final String PDF_STYLESHEET = "templates/pdf.css";

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
        Optional<Rendered> rendered = render(project, review, styleOverride, problems);
        if (rendered.isEmpty()) {
            return new BuildResult(loaded, problems.sorted(), outputDir, List.of());
        }
        Outputs outputs = new Outputs().add("review.md", rendered.get().markdown())
                .add("review.pdf", rendered.get().pdf());
        for (ExportFormat format : ExportFormat.values()) {
            outputs.add(format.fileName(), format.write(review.papers()));
        }
        outputs.writeTo(outputDir);
        return new BuildResult(loaded, problems.sorted(), outputDir, outputs.fileNames());
    }

    /** The draft as Markdown, and typeset. */
    private record Rendered(String markdown, byte[] pdf) {
    }

    private static Optional<Rendered> render(Path project, Review review, String styleOverride, Problems problems)
            throws IOException {
        SourceLocation styleAt = styleOverride != null ? SourceLocation.startOf(Path.of("--style"))
                : review.info().locations().of("style");
        String styleSpec = styleOverride != null ? styleOverride : review.info().style();
        Optional<CitationStyle> style = CitationStyles.resolve(styleSpec, project, styleAt, problems);
        if (style.isEmpty()) {
            return Optional.empty();
        }
        Instant instant = BuildDate.of(project);
        String date = BuildDate.isoDate(instant);
        ReviewInfo info = review.info();
        SourceLocation templateAt = info.locations().of("template");
        Optional<String> markdown = TemplateRenderer.render(project, info.template(),
                DraftAssembler.assemble(review, style.get(), UNRELEASED, date, false), templateAt, problems);
        if (markdown.isEmpty()) {
            return Optional.empty();
        }
        // The PDF is typeset from the same template, rendered again with citations linked to their entries.
        String linked = TemplateRenderer.render(project, info.template(),
                DraftAssembler.assemble(review, style.get(), UNRELEASED, date, true), templateAt, problems)
                .orElseThrow();
        FontCoverage.report(linked, project, SourceLocation.startOf(project.resolve(ReviewLoader.REVIEW_FILE)),
                problems);
        PdfDocument pdf = new PdfDocument(linked, stylesheet(project), info.pageSize(), info.title(),
                info.shortTitle() != null ? info.shortTitle() : info.title(),
                info.authors().stream().map(ReviewAuthor::name).toList(), info.abstractText(), info.keywords(),
                info.locale(), instant);
        return Optional.of(new Rendered(markdown.get(), PdfTypesetter.typeset(pdf)));
    }

    /** The review's templates/pdf.css, or the shipped one. */
    private static String stylesheet(Path project) throws IOException {
        Path own = project.resolve(PDF_STYLESHEET);
        if (Files.isRegularFile(own)) {
            return Files.readString(own, StandardCharsets.UTF_8);
        }
        try (var in = ReviewBuild.class.getResourceAsStream("/" + PDF_STYLESHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
