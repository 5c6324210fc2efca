package org.livingreview.manuscript.build;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.livingreview.model.Digests;

/**
 * The tool's own identity as a build input: its version and a digest of the code it runs from, so that a
 * changed tool (a new jar, recompiled classes, another library) rebuilds every output without
 * {@code --force}. The code is every entry of the class path, with the jars that a jar's manifest adds
 * ({@code Class-Path}, as the command's jar lists {@code lib/}). For a jar the digest covers each entry's
 * name, size and CRC (read from the jar's directory, no inflating); for a classes folder, each file's
 * bytes. Computed once per process.
 */
final class ToolDigest {

    private static volatile String digest;

    private ToolDigest() {
    }

    /** {@code version digest}, e.g. {@code 0.1.0 3fa4…}. */
    static String get() {
        String known = digest;
        if (known == null) {
            try {
                StringBuilder listing = new StringBuilder();
                for (Path location : classPath(System.getProperty("java.class.path"))) {
                    listing.append(location.getFileName()).append(' ').append(codeDigest(location)).append('\n');
                }
                known = version() + " " + Digests.sha256(listing.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the tool's own code to fingerprint it", e);
            }
            digest = known;
        }
        return known;
    }

    private static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ToolDigest.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }

    /** The existing entries of a class path, in order, each followed by the jars its manifest adds. */
    static Set<Path> classPath(String classPath) throws IOException {
        Set<Path> locations = new LinkedHashSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                add(Path.of(entry).toAbsolutePath().normalize(), locations);
            }
        }
        return locations;
    }

    private static void add(Path location, Set<Path> locations) throws IOException {
        if (!Files.exists(location) || !locations.add(location) || !Files.isRegularFile(location)) {
            return;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            Manifest manifest = jar.getManifest();
            String listed = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (listed != null) {
                URI base = location.toUri();
                for (String entry : listed.trim().split("\\s+")) {
                    URI uri = base.resolve(entry);
                    if ("file".equals(uri.getScheme())) {
                        add(Path.of(uri).normalize(), locations);
                    }
                }
            }
        }
    }

    /** The digest of a jar's entries (name, size, CRC) or of a folder's files (name, content). */
    static String codeDigest(Path location) throws IOException {
        StringBuilder listing = new StringBuilder();
        if (Files.isRegularFile(location)) {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                for (ZipEntry entry : Collections.list(jar.entries())) {
                    listing.append(entry.getName()).append(' ').append(entry.getSize()).append(' ')
                            .append(entry.getCrc()).append('\n');
                }
            }
        } else {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    listing.append(location.relativize(file)).append(' ')
                            .append(Digests.sha256(Files.readAllBytes(file))).append('\n');
                }
            }
        }
        return Digests.sha256(listing.toString());
    }
}
