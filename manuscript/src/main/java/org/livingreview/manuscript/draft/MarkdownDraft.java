package org.livingreview.manuscript.draft;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.livingreview.manuscript.output.BuildFailed;
import org.livingreview.manuscript.output.Input;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.OutputFile;
import org.livingreview.manuscript.output.Sources;
import org.livingreview.manuscript.versions.DraftEdition;
import org.livingreview.manuscript.versions.PrismaFlow;

/** The draft as Markdown (review.md), its changes as a document of their own (CHANGES.md) and the PRISMA figure. */
public final class MarkdownDraft implements Output {

    /** The output's name among the outputs. */
    public static final String NAME = "draft";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> files() {
        return List.of("review.md", "CHANGES.md", PrismaFlow.FILE);
    }

    @Override
    public Set<Input> inputs() {
        return Input.OF_THE_DRAFT;
    }

    @Override
    public List<OutputFile> render(Sources sources) throws IOException, BuildFailed {
        DraftEdition edition = sources.edition();
        return List.of(OutputFile.text("review.md", sources.markdown()),
                OutputFile.text("CHANGES.md", edition.changes().document(sources.review().info().title())),
                OutputFile.text(PrismaFlow.FILE, edition.prisma().svg()));
    }
}
