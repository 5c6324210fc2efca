package org.livingreview.manuscript.build;

import java.util.List;
import org.livingreview.manuscript.docx.DocxOutput;
import org.livingreview.manuscript.draft.MarkdownDraft;
import org.livingreview.manuscript.html.HtmlPage;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.ReferenceFiles;
import org.livingreview.manuscript.pdf.PdfOutput;

/** Every output the build writes, in the order it writes them: a new output is one line here. */
final class OutputRegistry {

    static final List<Output> ALL = List.of(new MarkdownDraft(), new PdfOutput(), new HtmlPage(), HtmlPage.markedUp(),
            new DocxOutput(), new ReferenceFiles());

    private OutputRegistry() {
    }
}
