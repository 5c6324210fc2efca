package org.livingreview.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.livingreview.bib.ExportFormat;
import org.livingreview.manuscript.build.Outputs;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.load.ReviewLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code living-review export}: the review's papers in one reference format, for Zotero and other managers. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every paper of the review in one reference format, to a file or to standard output.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private ProjectOption project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatCandidates.class,
            description = "csl-json, bibtex or ris.")
    private ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Report report = new Report(spec);
        LoadedReview loaded = ReviewLoader.load(project.dir());
        report.problems(loaded.problems());
        if (loaded.hasErrors()) {
            report.error("the review has errors, so nothing was exported — run 'living-review check' and fix them");
            return LivingReview.EXIT_PROBLEMS;
        }
        String text = format.write(loaded.review().papers());
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path file = out.toAbsolutePath().normalize();
        try {
            new Outputs().add(file.getFileName().toString(), text).writeTo(file.getParent());
        } catch (IOException e) {
            report.error("cannot write " + out + " (" + e.getMessage() + ") — check that the folder is writable");
            return LivingReview.EXIT_FAILURE;
        }
        spec.commandLine().getErr().println("exported " + Report.plural(loaded.review().papers().size(), "paper")
                + " as " + format.id() + " to " + out);
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** Reads {@code --format} words such as {@code csl-json}. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The words {@code --format} accepts, for help and completion. */
    static final class FormatCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(ExportFormat.values()).map(ExportFormat::id).iterator();
        }
    }
}
