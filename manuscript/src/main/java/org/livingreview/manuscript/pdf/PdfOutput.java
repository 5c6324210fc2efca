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
import org.livingreview.manuscript.output.Project;
import org.livingreview.manuscript.output.Sources;
import org.livingreview.manuscript.versions.PrismaFlow;
import org.livingreview.model.ReviewAuthor;
import org.livingreview.model.ReviewInfo;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.ProjectLayout;

/**
 * The typeset draft, review.pdf, from the draft with linked citations and the PDF stylesheet; and the
 * marked-up draft, review-changes.pdf, the same with every change since the last version marked.
 */
public final class PdfOutput implements Output {

    /** Its name, to skip it ({@code --no-pdf}). */
    public static final String NAME = "pdf";
    /** The marked-up draft: the whole PDF with every change since the last version marked. */
    public static final String MARKED_UP = "review-changes.pdf";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> files() {
        return List.of("review.pdf", MARKED_UP);
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
        Project project = sources.project();
        FontCoverage.report(linked, project.files(ProjectLayout.SEEDS),
                SourceLocation.startOf(project.dir().resolve(ProjectLayout.REVIEW_FILE)), sources.problems());
        String css = stylesheet(project.dir());
        byte[] pdf = PdfTypesetter.typeset(document(linked, css, sources));
        String marked = sources.markedUpMarkdown();
        byte[] markedPdf = marked.equals(linked) ? pdf : PdfTypesetter.typeset(document(marked, css, sources));
        return List.of(new OutputFile("review.pdf", pdf), new OutputFile(MARKED_UP, markedPdf));
    }

    private static PdfDocument document(String markdown, String css, Sources sources) throws BuildFailed {
        ReviewInfo info = sources.review().info();
        return new PdfDocument(markdown, css, info.pageSize(), info.title(),
                info.shortTitle() != null ? info.shortTitle() : info.title(),
                info.authors().stream().map(ReviewAuthor::name).toList(), info.abstractText(), info.keywords(),
                info.locale(), sources.project().date(), Map.of(PrismaFlow.FILE, sources.edition().prisma().svg()));
    }

    /** The review's templates/pdf.css, or the shipped one. */
    private static String stylesheet(Path project) throws IOException {
        Path own = project.resolve(ProjectLayout.PDF_STYLESHEET);
        if (Files.isRegularFile(own)) {
            return Files.readString(own, StandardCharsets.UTF_8);
        }
        try (InputStream in = PdfOutput.class.getResourceAsStream("/" + ProjectLayout.slashed(ProjectLayout.PDF_STYLESHEET))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
