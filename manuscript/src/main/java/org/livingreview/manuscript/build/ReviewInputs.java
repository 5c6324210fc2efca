package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The files a build reads: YAML files under {@code seeds/}, the section texts {@code seeds/sections/*.md} and
 * the files under {@code templates/}, never an editor's temporary files ({@code sed -i}'s {@code sedXXXXXX},
 * vim's {@code 4913}, {@code .swp} and {@code file~}, Emacs's {@code #file#}), which appear and vanish while
 * an author saves.
 */
public final class ReviewInputs {

    /** The folders of a review that hold its inputs. */
    public static final List<String> FOLDERS = List.of("seeds", "templates");

    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..*|.*~|#.*#|\\d+|sed[A-Za-z0-9]{6}|.*\\.(swp|swx|swo|tmp|bak|orig|part)");

    private ReviewInputs() {
    }

    /** Whether {@code file} (a path under {@code project}) is one a build reads, judged by its name and place. */
    public static boolean isInput(Path project, Path file) {
        String name = file.getFileName().toString();
        if (TEMPORARY.matcher(name).matches()) {
            return false;
        }
        Path relative = project.relativize(file);
        return relative.startsWith("templates") || (relative.startsWith("seeds") && name.endsWith(".yaml"))
                || (relative.startsWith(Path.of("seeds", "sections")) && name.endsWith(".md"));
    }

    /**
     * The input files under {@code dir} that {@code include} accepts, sorted; a file or folder that vanishes
     * while they are listed is left out, as it would be had it never been there.
     */
    static List<Path> under(Path project, Path dir, Predicate<Path> include) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && isInput(project, file) && include.test(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        files.sort(null);
        return files;
    }

    /** Every input file of the review, sorted. */
    static List<Path> all(Path project) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            files.addAll(under(project, project.resolve(folder), f -> true));
        }
        return files;
    }
}
