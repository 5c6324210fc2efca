package org.livingreview.manuscript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.livingreview.bib.ExportFormat;
import org.livingreview.manuscript.versions.Baseline;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.RecordedVersion;
import org.livingreview.model.Review;
import org.livingreview.model.ReviewAuthor;
import org.livingreview.model.ReviewInfo;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.load.Problems;
import org.livingreview.model.load.ImportLog;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.model.load.VersionFile;

/** Builds a review's outputs from its seeds and templates: nothing is written unless every step succeeds. */
public final class ReviewBuild {

    /** Where outputs go by default, relative to the project folder. */
    public static final Path DEFAULT_OUTPUT = Path.of("target", "review");
    /** The PRISMA flow diagram's file name among the outputs. */
    static final String PRISMA_FILE = "prisma.svg";
    /** The PDF's stylesheet, relative to the project (or among the shipped templates). */
    static final String PDF_STYLESHEET = "templates/pdf.css";
    static final String PDF_STYLESHEET_NAME = "pdf.css";
    /** The marked-up draft: the whole PDF with every change since the last version marked. */
    static final String MARKED_UP_PDF = "review-changes.pdf";
    /** The output files of each group of {@link BuildInputs}, which are rebuilt together. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            BuildInputs.REFERENCES, List.of("references.json", "references.bib", "references.ris"),
            BuildInputs.DRAFT, List.of("review.md", "CHANGES.md", PRISMA_FILE),
            BuildInputs.PDF, List.of("review.pdf", MARKED_UP_PDF));

    private ReviewBuild() {
    }

    /** Builds what is out of date into {@code outputDir}; {@code styleOverride} (may be null) replaces the style. */
    public static BuildResult build(Path project, Path outputDir, String styleOverride) throws IOException {
        return build(project, outputDir, styleOverride, false);
    }

    /**
     * Checks the seeds, then writes the outputs whose inputs changed since the last build into
     * {@code outputDir} (all of them with {@code force}); writes nothing when any step fails.
     */
    public static BuildResult build(Path project, Path outputDir, String styleOverride, boolean force)
            throws IOException {
        return build(project, outputDir, styleOverride, force, true);
    }

    /** As {@link #build(Path, Path, String, boolean)}; without {@code withPdf} the PDF is left as it was. */
    public static BuildResult build(Path project, Path outputDir, String styleOverride, boolean force,
                                    boolean withPdf) throws IOException {
        return build(project, outputDir, styleOverride, force, withPdf, notice -> { });
    }

    /**
     * As {@link #build(Path, Path, String, boolean, boolean)}, one build at a time per output folder: a
     * build that has to wait for another tells {@code notices}.
     */
    public static BuildResult build(Path project, Path outputDir, String styleOverride, boolean force,
                                    boolean withPdf, java.util.function.Consumer<String> notices) throws IOException {
        try (BuildLock lock = BuildLock.acquire(outputDir, notices)) {
            return buildLocked(project, outputDir, styleOverride, force, withPdf);
        }
    }

    private static BuildResult buildLocked(Path project, Path outputDir, String styleOverride, boolean force,
                                           boolean withPdf) throws IOException {
        if (!force && unchangedSinceLastBuild(project, outputDir, styleOverride, withPdf)) {
            return new BuildResult(null, List.of(), outputDir, List.of(), true);
        }
        LoadedReview loaded = ReviewLoader.load(project);
        Problems problems = new Problems();
        problems.addAll(loaded.problems());
        if (loaded.hasErrors()) {
            return BuildResult.failed(loaded, problems.sorted(), outputDir);
        }
        Review review = loaded.review();
        String styleSpec = styleOverride != null ? styleOverride : review.info().style();
        Map<String, String> digests = BuildInputs.digests(project, styleSpec, BuildDate.isoDate(BuildDate.of(project)));
        Map<String, String> recorded = force ? Map.of() : BuildInputs.recorded(outputDir);
        Set<String> stale = staleGroups(digests, recorded, outputDir, withPdf);
        if (!withPdf) {
            digests.put(BuildInputs.PDF, recorded.getOrDefault(BuildInputs.PDF, "not built"));
        }
        if (stale.isEmpty()) {
            return new BuildResult(loaded, problems.sorted(), outputDir, List.of(), true);
        }
        Outputs outputs = new Outputs();
        if (stale.contains(BuildInputs.DRAFT) || stale.contains(BuildInputs.PDF)) {
            Optional<Rendered> rendered = render(project, review, styleOverride, stale.contains(BuildInputs.PDF),
                    problems);
            if (rendered.isEmpty()) {
                return BuildResult.failed(loaded, problems.sorted(), outputDir);
            }
            if (stale.contains(BuildInputs.DRAFT)) {
                outputs.add("review.md", rendered.get().markdown())
                        .add("CHANGES.md", rendered.get().edition().changes().document(review.info().title()))
                        .add(PRISMA_FILE, rendered.get().edition().prisma().svg());
            }
            if (stale.contains(BuildInputs.PDF)) {
                outputs.add("review.pdf", rendered.get().pdf()).add(MARKED_UP_PDF, rendered.get().markedPdf());
            }
        }
        if (stale.contains(BuildInputs.REFERENCES)) {
            for (ExportFormat format : ExportFormat.values()) {
                outputs.add(format.fileName(), format.write(review.papers()));
            }
        }
        List<String> written = outputs.fileNames();
        outputs.add(BuildInputs.RECORD, BuildInputs.record(digests, styleSpec)).writeTo(outputDir);
        return new BuildResult(loaded, problems.sorted(), outputDir, written, false);
    }

    /**
     * Whether every input is as the last successful build recorded it (that build checked the same seeds),
     * so nothing needs to be loaded at all: the digests are recomputed with the style it recorded.
     */
    private static boolean unchangedSinceLastBuild(Path project, Path outputDir, String styleOverride,
                                                   boolean withPdf) throws IOException {
        Map<String, String> recorded = BuildInputs.recorded(outputDir);
        String styleSpec = recorded.get(BuildInputs.STYLE);
        if (styleSpec == null || (styleOverride != null && !styleOverride.equals(styleSpec))) {
            return false;
        }
        Map<String, String> digests = BuildInputs.digests(project, styleSpec, BuildDate.isoDate(BuildDate.of(project)));
        return staleGroups(digests, recorded, outputDir, withPdf).isEmpty();
    }

    /** The output groups whose files are missing or whose inputs differ from the recorded ones. */
    private static Set<String> staleGroups(Map<String, String> digests, Map<String, String> recorded, Path outputDir,
                                           boolean withPdf) {
        Set<String> stale = new LinkedHashSet<>();
        GROUPS.forEach((group, files) -> {
            boolean missing = files.stream().anyMatch(f -> !Files.isRegularFile(outputDir.resolve(f)));
            if (missing || !digests.get(group).equals(recorded.get(group))) {
                stale.add(group);
            }
        });
        if (!withPdf) {
            stale.remove(BuildInputs.PDF);
        }
        return stale;
    }

    /** The draft as Markdown, and typeset. */
    private record Rendered(String markdown, byte[] pdf, byte[] markedPdf, DraftEdition edition) {
    }

    private static Optional<Rendered> render(Path project, Review review, String styleOverride, boolean typeset,
                                             Problems problems) throws IOException {
        SourceLocation styleAt = styleOverride != null ? SourceLocation.startOf(Path.of("--style"))
                : review.info().locations().of("style");
        String styleSpec = styleOverride != null ? styleOverride : review.info().style();
        Optional<CitationStyle> style = CitationStyles.resolve(styleSpec, project, styleAt, problems);
        if (style.isEmpty()) {
            return Optional.empty();
        }
        List<RecordedVersion> versions = VersionFile.load(project, problems);
        int duplicates = ImportLog.duplicatesRemoved(project, problems);
        Optional<Baseline> last = Baseline.latest(project, versions, problems);
        if (problems.sorted().stream().anyMatch(org.livingreview.model.Problem::isError)) {
            return Optional.empty();
        }
        Instant instant = BuildDate.of(project);
        DraftEdition edition = DraftEdition.of(review, Baseline.currentProse(project), versions, last, duplicates,
                BuildDate.isoDate(instant));
        ReviewInfo info = review.info();
        SourceLocation templateAt = info.locations().of("template");
        DraftAssembler.Drafts drafts = DraftAssembler.assemble(review, style.get(), edition);
        Optional<String> markdown = TemplateRenderer.render(project, info.template(), drafts.plain(), templateAt,
                problems);
        if (markdown.isEmpty()) {
            return Optional.empty();
        }
        // The PDF is typeset from the same template, rendered again with citations linked to their entries.
        String linked = TemplateRenderer.render(project, info.template(), drafts.linked(), templateAt, problems)
                .orElseThrow();
        if (!typeset) {
            return Optional.of(new Rendered(markdown.get(), null, null, edition));
        }
        FontCoverage.report(linked, project, SourceLocation.startOf(project.resolve(ReviewLoader.REVIEW_FILE)),
                problems);
        String css = stylesheet(project);
        byte[] pdf = PdfTypesetter.typeset(pdfDocument(linked, css, info, instant, edition));
        String marked = TemplateRenderer.render(project, info.template(), drafts.marked(), templateAt, problems)
                .orElseThrow();
        byte[] markedPdf = marked.equals(linked) ? pdf
                : PdfTypesetter.typeset(pdfDocument(marked, css, info, instant, edition));
        return Optional.of(new Rendered(markdown.get(), pdf, markedPdf, edition));
    }

    private static PdfDocument pdfDocument(String markdown, String css, ReviewInfo info, Instant instant,
                                           DraftEdition edition) {
        return new PdfDocument(markdown, css, info.pageSize(), info.title(),
                info.shortTitle() != null ? info.shortTitle() : info.title(),
                info.authors().stream().map(ReviewAuthor::name).toList(), info.abstractText(), info.keywords(),
                info.locale(), instant, java.util.Map.of(PRISMA_FILE, edition.prisma().svg()));
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
