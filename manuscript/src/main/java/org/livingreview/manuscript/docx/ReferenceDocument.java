package org.livingreview.manuscript.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;
import org.livingreview.model.ProjectLayout;

/**
 * The Word document whose styles, numbering, page setup, headers and footers the DOCX takes (pandoc's
 * {@code --reference-doc} idea): the review's own {@code templates/reference.docx}, or the shipped one. A
 * review's file is untrusted: one that is not a DOCX, expands like a zip bomb or declares a DOCTYPE
 * (external entities) is reported, never opened further.
 */
final class ReferenceDocument {

    /** A reference document larger than this is refused before it is opened. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** No part of a reference document may expand to more than this. */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private final byte[] bytes;

    private ReferenceDocument(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** The review's reference document if it has one, else the shipped one; empty (and an error) if unusable. */
    public static Optional<ReferenceDocument> load(Path project, Problems problems) throws IOException {
        Path file = project.resolve(ProjectLayout.REFERENCE_DOCX);
        if (!Files.isRegularFile(file)) {
            return Optional.of(shipped());
        }
        SourceLocation at = SourceLocation.wholeFile(file);
        if (Files.size(file) > MAX_BYTES) {
            problems.error(at, "the reference document is larger than " + MAX_BYTES / (1024 * 1024) + " MB — a"
                    + " reference document holds styles only: save one with little or no content");
            return Optional.empty();
        }
        ReferenceDocument reference = new ReferenceDocument(Files.readAllBytes(file));
        Optional<String> problem = reference.problem();
        problem.ifPresent(p -> problems.error(at, p + " — save a Word document (.docx) from Word or LibreOffice"
                + " here, or delete it to use the shipped one"));
        return problem.isPresent() ? Optional.empty() : Optional.of(reference);
    }

    /** The shipped reference document, plain and clean. */
    public static ReferenceDocument shipped() throws IOException {
        try (InputStream in = ReferenceDocument.class.getResourceAsStream("/" + ProjectLayout.slashed(ProjectLayout.REFERENCE_DOCX))) {
            if (in == null) {
                throw new IllegalStateException(ProjectLayout.REFERENCE_DOCX + " is missing from the classpath");
            }
            return new ReferenceDocument(in.readAllBytes());
        }
    }

    /** The document, opened anew (the writer fills a fresh copy each time). */
    XWPFDocument open() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** Why the bytes are no usable reference document, if they are not. */
    private Optional<String> problem() {
        try (XWPFDocument document = open()) {
            if (document.getStyles() == null) {
                return Optional.of("the reference document has no styles");
            }
            return Optional.empty();
        } catch (NotOfficeXmlFileException e) {
            return Optional.of("not a Word document (.docx): it is not an Office Open XML package");
        } catch (IOException | RuntimeException e) {
            return Optional.of(reason(e));
        }
    }

    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("MAX_ENTRY_SIZE")
                    || message.contains("too many entries") || message.contains("max file count")) {
                return "the reference document expands far beyond its size (a zip bomb?) and was not opened";
            }
            if (message.contains("DOCTYPE") || message.contains("DTD")) {
                return "the reference document declares a DOCTYPE (external entities), which is never read";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return "not a Word document that can be read (" + (message.length() > 200 ? message.substring(0, 200) + "…"
                : message) + ")";
    }
}
