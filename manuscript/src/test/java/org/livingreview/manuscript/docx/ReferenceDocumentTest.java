package org.livingreview.manuscript.docx;

import org.livingreview.model.ProjectLayout;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Problem;
import org.livingreview.model.Problems;

/** The shipped reference document is what its generator writes; a bad one of a review's own is refused clearly. */
class ReferenceDocumentTest {

    @TempDir
    Path project;

    @Test
    void theCommittedReferenceDocumentIsExactlyWhatTheGeneratorWrites() throws IOException {
        byte[] committed = Files.readAllBytes(Path.of("..").resolve(ProjectLayout.REFERENCE_DOCX));
        byte[] generated = ShippedReferenceDocument.bytes();
        assertArrayEquals(generated, ShippedReferenceDocument.bytes());
        // Part by part: the XML parts as XML, since the order in which POI's serialiser declares namespaces
        // depends on which XSLT engine is on the classpath (the JDK's, or Saxon in the tests).
        List<String> names = new java.util.ArrayList<>();
        java.util.Map<String, byte[]> parts = new java.util.HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(generated))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        List<String> committedNames = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(committed))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                committedNames.add(entry.getName());
                byte[] part = zip.readAllBytes();
                String why = entry.getName() + " differs: regenerate it, run ShippedReferenceDocument.main";
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    assertTrue(xml(part).isEqualNode(xml(parts.get(entry.getName()))), why);
                } else {
                    assertArrayEquals(parts.get(entry.getName()), part, why);
                }
            }
        }
        assertEquals(names, committedNames);
    }

    @Test
    void theShippedReferenceDocumentDefinesEveryStyleTheWriterUses() throws IOException {
        try (XWPFDocument document = ReferenceDocument.shipped().open()) {
            for (String style : DocxStyles.all()) {
                assertTrue(document.getStyles().styleExist(style), style);
            }
            assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
        }
    }

    @Test
    void aReviewWithoutItsOwnUsesTheShippedOne() throws IOException {
        Problems problems = new Problems();
        assertTrue(ReferenceDocument.load(project, problems).isPresent());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void aFileThatIsNotADocxIsAnError() throws IOException {
        assertRefused("plain text, not a package".getBytes(StandardCharsets.UTF_8), "not a Word document (.docx)");
        assertRefused(zip("hello.txt", "not a word document"), "not a Word document");
    }

    @Test
    void aZipBombIsRefusedWithoutExpandingIt() throws IOException {
        // 20 MB of zeros in one entry compress about a thousandfold: far beyond any real document's ratio.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertRefused(bytes.toByteArray(), "zip bomb");
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        Path secret = Files.writeString(project.resolve("secret.txt"), "SECRET");
        byte[] shipped = ShippedReferenceDocument.bytes();
        byte[] withEntity = replaceEntry(shipped, "word/document.xml", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                + "<w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>");
        assertRefused(withEntity, "DOCTYPE");
    }

    private void assertRefused(byte[] content, String reason) throws IOException {
        Path file = project.resolve(ProjectLayout.REFERENCE_DOCX);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        Problems problems = new Problems();
        Optional<ReferenceDocument> loaded = ReferenceDocument.load(project, problems);
        assertTrue(loaded.isEmpty());
        List<Problem> found = problems.sorted();
        assertEquals(1, found.size());
        String message = found.get(0).format();
        assertTrue(message.startsWith(file + ": error: "), message);
        assertTrue(message.contains(reason), message);
        assertTrue(message.contains("— save a Word document (.docx)"), message);
    }

    private static org.w3c.dom.Document xml(byte[] part) throws IOException {
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(part));
            document.normalizeDocument();
            return document;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
    }

    private static byte[] zip(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] replaceEntry(byte[] docx, String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(name) ? text.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
