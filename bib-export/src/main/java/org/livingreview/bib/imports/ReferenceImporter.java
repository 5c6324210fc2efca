package org.livingreview.bib.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.livingreview.model.Paper;
import org.livingreview.model.Reference;
import org.livingreview.model.Screening;
import org.livingreview.model.SourceDate;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Study;
import org.livingreview.model.versions.ImportLog;
import org.livingreview.model.Problems;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.model.ProjectLayout;

/**
 * Adds the records of reference files to a review as new {@code pending} papers without claims, record by
 * record: each record ends as added, duplicate (of a paper in the review or an earlier record) or refused (a
 * broken record, reported where it stands); an existing file is never overwritten.
 */
public final class ReferenceImporter {

    private ReferenceImporter() {
    }

    public static ImportReport importFiles(Path project, List<Path> files) {
        Problems problems = new Problems();
        Path papersDir = project.resolve(ProjectLayout.PAPERS).normalize();
        DuplicateKeys duplicates = new DuplicateKeys();
        Set<String> taken = new HashSet<>(existingIds(papersDir));
        Map<String, String> lastSuffix = new HashMap<>();
        for (Paper paper : ReviewLoader.load(project).review().papers()) {
            duplicates.add(paper.reference(), papersDir.resolve(paper.id() + ".yaml").toString());
            taken.add(paper.id());
        }
        List<Paper> accepted = new ArrayList<>();
        List<ImportReport.FileAccount> accounts = new ArrayList<>();
        for (Path file : files) {
            FileRecords records = new FileRecords(file, problems);
            String format = read(file, records);
            List<ImportReport.Outcome> outcomes = new ArrayList<>();
            for (FileRecords.Found found : records.found()) {
                String source = found.at().file() + ":" + found.at().line() + " " + found.label();
                if (found.record() == null) {
                    outcomes.add(new ImportReport.Refused(source, found.reason()));
                    continue;
                }
                Reference reference = found.record().reference();
                Optional<DuplicateKeys.Match> duplicate = duplicates.match(reference);
                if (duplicate.isPresent()) {
                    outcomes.add(new ImportReport.Duplicate(source, duplicate.get().owner(),
                            duplicate.get().evidence()));
                    continue;
                }
                String id = PaperIds.next(reference, taken, lastSuffix);
                taken.add(id);
                Path target = papersDir.resolve(id + ".yaml");
                duplicates.add(reference, target.toString());
                accepted.add(new Paper(id, reference, Screening.pending(), Study.UNKNOWN, List.of(),
                        org.livingreview.model.Locations.at(found.at())));
                outcomes.add(new ImportReport.Added(source, id, target));
            }
            accounts.add(new ImportReport.FileAccount(file, format, outcomes, records.refusedWhole()));
        }
        List<ImportReport.Added> added = accounts.stream().flatMap(a -> a.added().stream()).toList();
        if (!accepted.isEmpty() && !SeedFileWriter.writeNew(papersDir, accepted, added, problems)) {
            return new ImportReport(accounts.stream().map(ReferenceImporter::unwritten).toList(), problems.sorted());
        }
        log(project, accounts, problems);
        return new ImportReport(accounts, problems.sorted());
    }

    /** The account of a file whose new papers could not be written: those records are refused. */
    private static ImportReport.FileAccount unwritten(ImportReport.FileAccount account) {
        return new ImportReport.FileAccount(account.file(), account.format(), account.outcomes().stream()
                .map(o -> o instanceof ImportReport.Added a ? new ImportReport.Refused(a.source(),
                        "the new paper files could not be written") : o).toList(), account.refusedWhole());
    }

    /** Records each file read in seeds/import-log.yaml, for the PRISMA flow's duplicates. */
    private static void log(Path project, List<ImportReport.FileAccount> accounts, Problems problems) {
        String date = SourceDate.today();
        try {
            for (ImportReport.FileAccount account : accounts) {
                if (account.refusedWhole() == null) {
                    ImportLog.append(project, date, account.file().getFileName().toString(), account.records(),
                            account.added().size(), account.duplicates().size(), account.refused().size());
                }
            }
        } catch (java.io.IOException e) {
            problems.warning(SourceLocation.startOf(project.resolve(ProjectLayout.IMPORT_LOG)), "the import worked,"
                    + " but it could not be recorded in " + ProjectLayout.IMPORT_LOG + " (" + e.getMessage() + ");"
                    + " the PRISMA flow will not count its duplicates");
        }
    }

    /** Reads the file into {@code records}; the format's name, or "unknown" when the file was refused whole. */
    private static String read(Path file, FileRecords records) {
        SourceLocation start = SourceLocation.startOf(file);
        Optional<String> text = text(file, records);
        if (text.isEmpty()) {
            return "unknown";
        }
        Optional<ImportFormat> named = ImportFormat.byExtension(file.getFileName().toString());
        Optional<ImportFormat> format = ImportFormat.detect(text.get());
        if (format.isEmpty()) {
            records.refuseFile(start, "this is not a " + ImportFormat.labels() + " file"
                    + named.map(n -> ": it is named like " + n.label() + " but " + n.signatureHint()).orElse("")
                    + looksLike(text.get()) + " — export the references from your reference manager or database in"
                    + " one of these formats");
            return "unknown";
        }
        named.filter(n -> n != format.get())
                .ifPresent(n -> records.problems().warning(start, "the file is named like " + n.label()
                        + " but holds " + format.get().label() + "; it was read as " + format.get().label()));
        format.get().reader().read(text.get(), records);
        return format.get().label();
    }

    /** What a text that is no reference file seems to be, for the message refusing it. */
    private static String looksLike(String text) {
        String start = text.stripLeading();
        if (start.startsWith("%PDF")) {
            return "; it looks like a PDF";
        }
        if (start.startsWith("<")) {
            return "; it looks like XML or HTML of a kind not read here";
        }
        if (start.startsWith("PK")) {
            return "; it looks like a ZIP archive (such as a Word document)";
        }
        return "";
    }

    private static Optional<String> text(Path file, FileRecords records) {
        SourceLocation start = SourceLocation.startOf(file);
        try {
            if (!Files.isRegularFile(file)) {
                records.refuseFile(start, "there is no such file — check the path");
                return Optional.empty();
            }
            if (Files.size(file) > ImportLimits.MAX_FILE_BYTES) {
                records.refuseFile(start, "the file is larger than " + ImportLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB — split"
                        + " the export into smaller files");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.isBlank()) {
                records.refuseFile(start, "the file is empty — export the references again");
                return Optional.empty();
            }
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            records.refuseFile(start, "the file is not UTF-8 text — export it again choosing the UTF-8 character set");
        } catch (IOException e) {
            records.refuseFile(start, "cannot read the file (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    private static List<String> existingIds(Path papersDir) {
        if (!Files.isDirectory(papersDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(papersDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.lastIndexOf('.')))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
