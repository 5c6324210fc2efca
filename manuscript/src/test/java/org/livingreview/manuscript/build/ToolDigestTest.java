package org.livingreview.manuscript.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's fingerprint changes with its code, so a build after a tool change is not "up to date". */
class ToolDigestTest {

    @TempDir
    Path dir;

    private Path jar(String name, Map<String, String> entries) throws Exception {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aJarsDigestFollowsItsContentNotItsFile() throws Exception {
        String one = ToolDigest.codeDigest(jar("one.jar", Map.of("A.class", "code")));
        assertEquals(one, ToolDigest.codeDigest(jar("same.jar", Map.of("A.class", "code"))));
        assertNotEquals(one, ToolDigest.codeDigest(jar("changed.jar", Map.of("A.class", "kode"))));
        assertNotEquals(one, ToolDigest.codeDigest(jar("added.jar", Map.of("A.class", "code", "B.class", ""))));
    }

    @Test
    void aClassesFoldersDigestFollowsItsFiles() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/org"));
        Files.writeString(classes.resolve("A.class"), "code");
        String before = ToolDigest.codeDigest(dir.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "kode");
        assertNotEquals(before, ToolDigest.codeDigest(dir.resolve("classes")));
    }

    @Test
    void theClassPathIncludesTheJarsAJarsManifestLists() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path library = jar("lib/library-1.0.jar", Map.of("L.class", "code"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/library-1.0.jar lib/absent-2.0.jar");
        Path command = dir.resolve("command.jar");
        try (OutputStream file = Files.newOutputStream(command); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new ZipEntry("Main.class"));
            out.closeEntry();
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(List.of(command, library, classes),
                List.copyOf(ToolDigest.classPath(command + File.pathSeparator + classes + File.pathSeparator + lib.resolve("gone"))),
                "listed jars follow their jar; absent entries are left out");
    }

    @Test
    void everyInputDigestIncludesTheRunningTool() {
        assertTrue(ToolDigest.get().matches("\\S+ [0-9a-f]{64}"), ToolDigest.get());
    }
}
