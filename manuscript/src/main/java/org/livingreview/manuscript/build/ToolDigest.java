package org.livingreview.manuscript.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.livingreview.model.Digests;

/**
 * The tool's own identity as a build input: its version and a digest of the code it runs from, so that a
 * changed tool (a new jar, recompiled classes) rebuilds every output without {@code --force}. For a jar
 * the digest covers each entry's name, size and CRC (read from the jar's directory, no inflating); for a
 * classes folder, each file's bytes. Computed once per process.
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
                known = version() + " " + codeDigest(codeLocation());
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

    private static Path codeLocation() {
        try {
            return Path.of(ToolDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the tool's code location is not a file", e);
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
