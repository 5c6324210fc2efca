package org.livingreview.manuscript.output;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.livingreview.bib.ExportFormat;

/** The reference exports (CSL-JSON, BibTeX, RIS), made from the paper files alone. */
public final class ReferenceFiles implements Output {

    /** The output's name among the outputs. */
    public static final String NAME = "references";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> files() {
        return Arrays.stream(ExportFormat.values()).map(ExportFormat::fileName).toList();
    }

    @Override
    public Set<Input> inputs() {
        return Set.of(Input.PAPERS);
    }

    @Override
    public List<OutputFile> render(Sources sources) {
        return Arrays.stream(ExportFormat.values())
                .map(f -> OutputFile.text(f.fileName(), f.write(sources.review().papers()))).toList();
    }
}
