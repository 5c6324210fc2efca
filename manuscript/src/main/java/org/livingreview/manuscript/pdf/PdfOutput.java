package org.livingreview.manuscript.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.livingreview.manuscript.output.BuildFailed;
import org.livingreview.manuscript.output.Input;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.OutputFile;
import org.livingreview.manuscript.output.Sources;
import org.livingreview.manuscript.versions.PrismaFlow;
import org.livingreview.model.ReviewAuthor;
import org.livingreview.model.ReviewInfo;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.load.ReviewLoader;

/** The typeset draft, review.pdf, from the draft with linked citations and the PDF stylesheet. */
public final class PdfOutput implements Output {

    /** Its name, to skip it ({@code --no-pdf}). */
    public static final String NAME = "pdf";
    /** The PDF's stylesheet, relative to the project (or among the shipped templates). */
    public static final String STYLESHEET = "templates/pdf.css";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> files() {
        return List.of("review.pdf");
    }

    @Override
    public Set<Input> inputs() {
        Set<Input> inputs = EnumSet.of(Input.PDF_STYLESHEET);
        inputs.addAll(Input.OF_THE_DRAFT);
        return inputs;
    }

    @Override
    public List<OutputFile> render(Sources sources) throws IOException, BuildFailed {
        String linked = sources.linkedMarkdown();
        Path project = sources.project();
        FontCoverage.report(linked, project, SourceLocation.startOf(project.resolve(ReviewLoader.REVIEW_FILE)),
                sources.problems());
        ReviewInfo info = sources.review().info();
        PdfDocument pdf = new PdfDocument(linked, stylesheet(project), info.pageSize(), info.title(),
                info.shortTitle() != null ? info.shortTitle() : info.title(),
                info.authors().stream().map(ReviewAuthor::name).toList(), info.abstractText(), info.keywords(),
                info.locale(), sources.date(), Map.of(PrismaFlow.FILE, sources.edition().prisma().svg()));
        return List.of(new OutputFile("review.pdf", PdfTypesetter.typeset(pdf)));
    }

    /** The review's templates/pdf.css, or the shipped one. */
    private static String stylesheet(Path project) throws IOException {
        Path own = project.resolve(STYLESHEET);
        if (Files.isRegularFile(own)) {
            return Files.readString(own, StandardCharsets.UTF_8);
        }
        try (InputStream in = PdfOutput.class.getResourceAsStream("/" + STYLESHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
