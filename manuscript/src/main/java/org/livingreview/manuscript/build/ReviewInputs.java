package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.SortedMap;
import java.util.Optional;
import java.util.TreeMap;
import org.livingreview.manuscript.output.Project;
import org.livingreview.model.Digests;
import org.livingreview.model.ProjectLayout;

/**
 * Reads a project's inputs ({@link ProjectLayout#isInput}) in one walk of its input folders: each file once,
 * for its digest and its modification time, into the {@link Project} a build works from. A file or folder that
 * vanishes while it is read (an editor saving) is left out, as it would be had it never been there.
 */
final class ReviewInputs {

    private ReviewInputs() {
    }

    static Project read(Path project) throws IOException {
        SortedMap<Path, String> digests = new TreeMap<>();
        Instant[] newest = {null};
        for (Path folder : ProjectLayout.INPUT_FOLDERS) {
            Path root = project.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Path relative = project.relativize(file);
                    if (attributes.isRegularFile() && ProjectLayout.isInput(relative)) {
                        try {
                            digests.put(relative, Digests.sha256(Files.readAllBytes(file)));
                        } catch (NoSuchFileException e) {
                            return FileVisitResult.CONTINUE;
                        }
                        Instant modified = attributes.lastModifiedTime().toInstant();
                        newest[0] = newest[0] == null || modified.isAfter(newest[0]) ? modified : newest[0];
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
        }
        return new Project(project, digests, BuildDate.of(project, Optional.ofNullable(newest[0])));
    }
}
