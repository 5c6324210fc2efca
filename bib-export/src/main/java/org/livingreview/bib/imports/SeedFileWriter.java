package org.livingreview.bib.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.livingreview.model.Paper;
import org.livingreview.model.load.PaperYaml;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;

/** Writes new paper files all or nothing, and never over an existing file. */
final class SeedFileWriter {

    private SeedFileWriter() {
    }

    /** Whether every file was written; on failure none of them is left behind and the reason is reported. */
    static boolean writeNew(Path papersDir, List<Paper> papers, List<ImportReport.Added> sources, Problems problems) {
        List<Path> temporary = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        try {
            Files.createDirectories(papersDir);
            for (int i = 0; i < papers.size(); i++) {
                Path tmp = papersDir.resolve("." + papers.get(i).id() + "." + ProcessHandle.current().pid() + ".tmp");
                Files.deleteIfExists(tmp);
                temporary.add(tmp);
                Files.writeString(tmp, PaperYaml.write(papers.get(i), "Imported from " + sources.get(i).source()
                        + " by living-review import. Screen it, then write its claims."), StandardCharsets.UTF_8);
            }
            for (int i = 0; i < papers.size(); i++) {
                Path target = papersDir.resolve(papers.get(i).id() + ".yaml");
                Files.move(temporary.get(i), target);
                placed.add(target);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            problems.error(SourceLocation.startOf(Path.of(e.getFile())), "the file appeared while importing and"
                    + " was left untouched; nothing was imported — run the import again");
        } catch (IOException e) {
            problems.error(SourceLocation.startOf(papersDir), "cannot write the new paper files (" + e.getMessage()
                    + "); nothing was imported — check that the folder is writable");
        } finally {
            for (Path tmp : temporary) {
                deleteQuietly(tmp);
            }
        }
        placed.forEach(SeedFileWriter::deleteQuietly);
        return false;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Already reported as a failed import; a stray temporary file is harmless and ignored by loading.
        }
    }
}
