package org.livingreview.bib.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.livingreview.model.Paper;
import org.livingreview.model.Screening;
import org.livingreview.model.SourceDate;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Study;
import org.livingreview.model.versions.ImportLog;
import org.livingreview.model.Problems;
import org.livingreview.model.load.ReviewLoader;

/**
 * Adds the records of reference files to a review as new {@code pending} papers without claims. A
 * record already in the review, or earlier in the import, is skipped; an existing file is never
 * overwritten; a file with any error adds nothing.
 */
public final class ReferenceImporter {

    /** The largest import file read, in bytes. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private ReferenceImporter() {
    }

    public static ImportReport importFiles(Path project, List<Path> files) {
        Problems problems = new Problems();
        Path papersDir = project.resolve(ReviewLoader.PAPERS_DIR).normalize();
        DuplicateKeys duplicates = new DuplicateKeys();
        Set<String> taken = new HashSet<>(existingIds(papersDir));
        for (Paper paper : ReviewLoader.load(project).review().papers()) {
            duplicates.add(paper.reference(), papersDir.resolve(paper.id() + ".yaml").toString());
            taken.add(paper.id());
        }
        List<Paper> accepted = new ArrayList<>();
        List<ImportReport.Added> added = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Path> readFiles = new ArrayList<>();
        for (Path file : files) {
            Problems fileProblems = new Problems();
            List<ImportedRecord> records = read(file, fileProblems);
            List<org.livingreview.model.Problem> found = fileProblems.sorted();
            problems.addAll(found);
            if (found.stream().anyMatch(org.livingreview.model.Problem::isError)) {
                continue;
            }
            int addedBefore = added.size();
            int skippedBefore = skipped.size();
            for (ImportedRecord record : records) {
                String source = record.at().file() + ":" + record.at().line() + " " + record.label();
                Optional<String> duplicate = duplicates.match(record.reference());
                if (duplicate.isPresent()) {
                    skipped.add(new ImportReport.Skipped(source, duplicate.get()));
                    continue;
                }
                String id = PaperIds.next(record.reference(), taken);
                taken.add(id);
                Path target = papersDir.resolve(id + ".yaml");
                duplicates.add(record.reference(), target.toString());
                accepted.add(new Paper(id, record.reference(), Screening.pending(), Study.UNKNOWN, List.of(),
                        org.livingreview.model.Locations.at(record.at())));
                added.add(new ImportReport.Added(id, target, source));
            }
            readFiles.add(file);
            counts.add(new int[] {records.size(), added.size() - addedBefore, skipped.size() - skippedBefore});
        }
        if (!accepted.isEmpty() && !SeedFileWriter.writeNew(papersDir, accepted, added, problems)) {
            added.clear();
            return new ImportReport(added, skipped, problems.sorted());
        }
        log(project, readFiles, counts, problems);
        return new ImportReport(added, skipped, problems.sorted());
    }

    /** Records each file read in seeds/import-log.yaml, for the PRISMA flow's duplicates. */
    private static void log(Path project, List<Path> files, List<int[]> counts, Problems problems) {
        String date = SourceDate.today();
        try {
            for (int i = 0; i < files.size(); i++) {
                ImportLog.append(project, date, files.get(i).getFileName().toString(), counts.get(i)[0],
                        counts.get(i)[1], counts.get(i)[2]);
            }
        } catch (java.io.IOException e) {
            problems.warning(SourceLocation.startOf(project.resolve(ImportLog.PATH)), "the import worked, but it"
                    + " could not be recorded in " + ImportLog.PATH + " (" + e.getMessage() + "); the PRISMA flow"
                    + " will not count its duplicates");
        }
    }

    private static List<ImportedRecord> read(Path file, Problems problems) {
        SourceLocation start = SourceLocation.startOf(file);
        Optional<String> text = text(file, problems);
        if (text.isEmpty()) {
            return List.of();
        }
        Optional<ImportFormat> format = ImportFormat.detect(text.get());
        if (format.isEmpty()) {
            problems.error(start, "this is not a CSL-JSON, BibTeX, RIS or MEDLINE file — export the references"
                    + " from Zotero as CSL JSON, BibTeX or RIS, or from PubMed as PubMed (MEDLINE) format");
            return List.of();
        }
        ImportFormat.byExtension(file.getFileName().toString())
                .filter(named -> named != format.get())
                .ifPresent(named -> problems.warning(start, "the file is named like " + named.label()
                        + " but holds " + format.get().label() + "; it was read as " + format.get().label()));
        return format.get().reader().read(file, text.get(), problems);
    }

    private static Optional<String> text(Path file, Problems problems) {
        SourceLocation start = SourceLocation.startOf(file);
        try {
            if (!Files.isRegularFile(file)) {
                problems.error(start, "there is no such file — check the path");
                return Optional.empty();
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.error(start, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB — split"
                        + " the export into smaller files");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.isBlank()) {
                problems.error(start, "the file is empty — export the references again");
                return Optional.empty();
            }
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.error(start, "the file is not UTF-8 text — export it again choosing the UTF-8 character set");
        } catch (IOException e) {
            problems.error(start, "cannot read the file (" + e.getMessage() + ")");
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
