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
        description = {"Adds the references in FILE... (CSL-JSON, BibTeX/BibLaTeX, RIS, PubMed MEDLINE or Web of"
                + " Science, recognised by content) to seeds/papers/ as new papers with screening status 'pending'.",
                "Every record ends as added, duplicate (of a paper in the review or an earlier record: same DOI,"
                        + " PMID, PMCID, or title and year) or refused (a broken record, reported where it stands);"
                        + " existing files and claims are never touched."})
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
        if (!java.nio.file.Files.isDirectory(project.dir())) {
            report.error("the project folder " + project.dir() + " does not exist — give the review's folder with"
                    + " --project, or run the command inside it");
            return LivingReview.EXIT_PROBLEMS;
        }
        ImportReport result = ReferenceImporter.importFiles(project.dir(), files);
        report.problems(result.problems());
        for (ImportReport.FileAccount file : result.files()) {
            for (ImportReport.Outcome outcome : file.outcomes()) {
                report.line(line(outcome));
            }
            report.line(file.file() + (file.refusedWhole() != null ? ": not imported, not a reference file"
                    : " (" + file.format() + "): " + Report.plural(file.records(), "record") + " = " + file.added()
                    .size() + " added + " + Report.plural(file.duplicates().size(), "duplicate") + " + " + file.refused().size() + " refused"));
        }
        report.line("import " + (result.hasErrors() ? "finished with errors" : "done") + ": "
                + result.added().size() + " added, " + Report.plural(result.duplicates().size(), "duplicate") + ", "
                + result.refused().size() + " refused"
                + (result.added().isEmpty() ? "" : " — screen the new papers, then write their claims"));
        return result.hasErrors() ? LivingReview.EXIT_PROBLEMS : 0;
    }

    private static String line(ImportReport.Outcome outcome) {
        if (outcome instanceof ImportReport.Added a) {
            return "added     " + a.source() + " as " + a.file();
        }
        if (outcome instanceof ImportReport.Duplicate d) {
            return "duplicate " + d.source() + " of " + d.of() + ": " + d.evidence();
        }
        return "refused   " + outcome.source() + ": " + ((ImportReport.Refused) outcome).reason();
    }
}
