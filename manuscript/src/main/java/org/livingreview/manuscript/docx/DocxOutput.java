package org.livingreview.manuscript.docx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.livingreview.bib.CslJson;
import org.livingreview.manuscript.cite.CitationStyle;
import org.livingreview.manuscript.output.BuildFailed;
import org.livingreview.manuscript.output.Input;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.OutputFile;
import org.livingreview.manuscript.output.Sources;
import org.livingreview.manuscript.versions.PrismaFlow;
import org.livingreview.model.Paper;
import org.livingreview.model.ReviewAuthor;
import org.livingreview.model.ReviewInfo;

/**
 * review.docx, from the draft with marked citations: Zotero citation fields carrying each paper's CSL-JSON
 * (or frozen text), styled by the review's reference document (docs/docx.md).
 */
public final class DocxOutput implements Output {

    /** Its name in the build record. */
    public static final String NAME = "docx";
    /** Its file among the outputs. */
    public static final String FILE = "review.docx";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> files() {
        return List.of(FILE);
    }

    @Override
    public Set<Input> inputs() {
        Set<Input> inputs = java.util.EnumSet.copyOf(Input.OF_THE_DRAFT);
        inputs.add(Input.CITATION_FIELDS);
        return inputs;
    }

    @Override
    public List<OutputFile> render(Sources sources) throws IOException, BuildFailed {
        ReferenceDocument reference = ReferenceDocument.load(sources.project().dir(), sources.problems())
                .orElseThrow(BuildFailed::new);
        String marked = sources.markedMarkdown();
        ReviewInfo info = sources.review().info();
        Map<String, ObjectNode> items = new TreeMap<>();
        for (Paper paper : sources.review().papers()) {
            items.put(paper.id(), CslJson.item(paper.id(), paper.reference()));
        }
        CitationStyle style = sources.style();
        DocxDraft draft = new DocxDraft(marked, info.title(), info.authors().stream().map(ReviewAuthor::name).toList(),
                info.abstractText(), info.keywords(), info.locale(), sources.project().date(),
                Map.of(PrismaFlow.FILE, sources.edition().prisma().svg()), items,
                DocxDraft.zoteroStyleId(style.name(), style.source()), sources.frozenCitations(), reference);
        return List.of(new OutputFile(FILE, DocxWriter.write(draft)));
    }
}
