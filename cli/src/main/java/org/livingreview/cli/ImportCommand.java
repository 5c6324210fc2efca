package org.livingreview.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.livingreview.bib.imports.ImportReport;
import org.livingreview.bib.imports.ReferenceImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code living-review import}: adds the records of Zotero or PubMed exports as new, pending papers. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Adds the references in FILE... (CSL-JSON, BibTeX, RIS or PubMed MEDLINE, recognised by"
                + " content) to seeds/papers/ as new papers with screening status 'pending'.",
                "Records already in the review (same DOI, PMID, or title and year) are skipped; existing files"
                        + " and claims are never touched; a file with errors adds nothing."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    private ProjectOption project;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to import.")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Report report = new Report(spec);
        ImportReport result = ReferenceImporter.importFiles(project.dir(), files);
        report.problems(result.problems());
        result.added().forEach(a -> report.line("added   " + a.file() + "  (from " + a.source() + ")"));
        result.skipped().forEach(s -> report.line("skipped " + s.source() + ": " + s.reason()));
        report.line("import " + (result.hasErrors() ? "finished with errors" : "done") + ": "
                + result.added().size() + " added, " + result.skipped().size() + " skipped"
                + (result.added().isEmpty() ? "" : " — screen the new papers, then write their claims"));
        return result.hasErrors() ? LivingReview.EXIT_PROBLEMS : 0;
    }
}
