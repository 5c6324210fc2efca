package org.livingreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: hostile or broken seeds, templates, styles and import files, each run through the
 * command against a built copy of the shipped review. Every case asserts the exact messages, the exit
 * code, and that the previous outputs are byte for byte as they were.
 */
class BadInputCorpusIT {

    /** One case: a file to write (made from the shipped file there, if any), and the command. */
    record Case(String name, String file, UnaryOperator<byte[]> content, List<String> args) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final String PAPER = "seeds/papers/gullaksen2025.yaml";
    static final String REVIEW = "seeds/review.yaml";
    static final String TEMPLATE = "templates/review.md.vm";
    static final String VERSIONS = "seeds/versions.yaml";
    static final String SNAPSHOT = "seeds/versions/1.yaml";
    static final String IMPORT_LOG = "seeds/import-log.yaml";
    /** A version file as release writes it, with version 1 recording no papers; cases break it. */
    static final String ONE_VERSION = "versions:\n- version: 1\n  date: '2026-11-22'\n  duplicates-removed: 0\n"
            + "  papers:\n    gullaksen2025:\n      status: included\n      metadata: 0123456789ab\n      claims:\n"
            + "        tfr-failure-60-percent: stem-cells-niche 0123456789ab\n";

    /** A versions.yaml of one version, with the given count line and one claim's value. */
    private static String versions(String countLine, String claim) {
        return "versions:\n- version: 1\n  date: '2026-11-01'\n" + countLine + "  papers:\n    gullaksen2025:\n"
                + "      status: included\n      metadata: 0123456789ab\n      claims:\n        gullaksen2025-a: "
                + claim + "\n";
    }

    private static UnaryOperator<byte[]> edit(String from, String to) {
        return bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalStateException("the shipped file has no '" + from + "'");
            }
            return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static UnaryOperator<byte[]> text(String content) {
        return bytes -> content.getBytes(StandardCharsets.UTF_8);
    }

    private static Case build(String name, String file, UnaryOperator<byte[]> content) {
        return new Case(name, file, content, List.of("build"));
    }

    private static Case importing(String name, String file, UnaryOperator<byte[]> content) {
        return new Case(name, file, content, List.of("import", file));
    }

    /** Case name → the expected exit code (first element) and lines, from bad-input-expectations.txt. */
    private static java.util.Map<String, List<String>> expectations() throws java.io.IOException {
        java.util.Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        List<String> current = null;
        try (var in = BadInputCorpusIT.class.getResourceAsStream("/bad-input-expectations.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("== ")) {
                    String[] head = line.substring(3).split(" ");
                    current = new ArrayList<>(List.of(head[1]));
                    expected.put(head[0], current);
                } else if (current != null && !line.startsWith("#")) {
                    current.add(line);
                }
            }
        }
        return expected;
    }

    static Stream<Case> corpus() {
        return Stream.of(
                build("yaml-syntax", PAPER, edit("title: CML stem", "title: CML: stem")),
                build("tab-indentation", PAPER, edit("  status: included", "\tstatus: included")),
                build("wrong-type", PAPER, edit("volume: \"66\"", "volume: [66]")),
                build("duplicate-key", PAPER, edit("volume: \"66\"", "volume: \"66\"\nvolume: \"67\"")),
                build("unknown-key", PAPER, edit("volume: \"66\"", "volum: \"66\"")),
                build("empty-file", PAPER, text("")),
                build("byte-order-mark", PAPER, bytes -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes)),
                build("crlf-line-ends", PAPER, bytes -> new String(bytes, StandardCharsets.UTF_8)
                        .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                build("not-utf-8", PAPER, bytes -> new String(bytes, StandardCharsets.UTF_8)
                        .replace("Lymphoma", "Lymph\u00f6ma").getBytes(StandardCharsets.ISO_8859_1)),
                build("control-character", PAPER, edit("title: CML stem", "title: CML \u0007stem")),
                build("control-character-escape", PAPER, edit("title: CML stem cells and their"
                        + " interactions and adaptations to tyrosine kinase inhibitors\n", "title: \"CML \\astem cells\"\n")),
                build("alias-bomb", PAPER, text(aliasBomb())),
                build("deep-nesting", PAPER, text("id: gullaksen2025\ntitle: " + "[".repeat(500) + "]".repeat(500) + "\n")),
                build("50-MB-scalar", PAPER, text("id: gullaksen2025\ntitle: " + "x".repeat(50 * 1024 * 1024) + "\n")),
                build("100000-papers-worth-of-keys", PAPER, text(manyKeys())),
                build("unsafe-tag", PAPER, edit("title: CML stem", "title: !!javax.script.ScriptEngineManager CML stem")),
                build("id-is-a-path", PAPER, edit("id: gullaksen2025", "id: ../../etc/passwd")),
                build("id-is-a-device", PAPER, edit("id: gullaksen2025", "id: con")),
                build("id-with-slash", PAPER, edit("id: gullaksen2025", "id: a/b")),
                build("id-differs-in-case", PAPER, edit("id: gullaksen2025", "id: Gullaksen2025")),
                build("dangling-citation", PAPER, edit("  - id: lsc-stroma-adaptation",
                        "  - id: lsc-stroma-adaptation\n    cites: [gulaksen2025x]")),
                build("velocity-code-in-data", PAPER, edit("design: Review", "design: \"#set($x = 1) $class\"")),
                build("script-in-title", PAPER, edit("title: CML stem", "title: <script>alert(1)</script> CML stem")),
                build("markdown-that-breaks-a-table", PAPER, edit("population: CML", "population: \"CML | AML\\n| --- |\"")),
                build("invalid-date", PAPER, edit("issued: 2025-07", "issued: 2025-02-30")),
                build("invalid-doi", PAPER, edit("doi: 10.1080", "doi: doi.org/10.1080")),
                build("excluded-without-reason", PAPER, edit("status: included", "status: excluded")),
                build("review-without-sections", REVIEW, bytes -> new String(bytes, StandardCharsets.UTF_8)
                        .replaceAll("(?s)sections:.*", "").getBytes(StandardCharsets.UTF_8)),
                build("missing-template", REVIEW, edit("page-size: A4", "page-size: A4\ntemplate: templates/none.vm")),
                build("broken-template", TEMPLATE, edit("#end\n$md.h2 Evidence table", "$md.h2 Evidence table")),
                build("recursive-template", TEMPLATE, edit("$md.h1 $review.title", "$md.h1 $review.title\n#parse(\"templates/review.md.vm\")")),
                build("unknown-style", REVIEW, edit("style: vancouver", "style: vancuver")),
                build("versions-count-not-a-number", VERSIONS, text(versions("  duplicates-removed: many\n",
                        "background 0123456789ab"))),
                build("versions-claim-as-flow-mapping", VERSIONS, text(versions("  duplicates-removed: 0\n",
                        "{section: background, digest: 0123456789ab}"))),
                build("versions-number-too-large", VERSIONS, text(versions("  duplicates-removed: 0\n",
                        "background 0123456789ab").replace("version: 1", "version: 99999999999999999999"))),
                build("import-log-count-not-a-number", IMPORT_LOG, text("imports:\n- {date: '2026-11-01', file:"
                        + " pubmed.nbib, records: 3, added: 2, duplicates: several}\n")),
                build("import-log-entry-a-line", IMPORT_LOG, text("imports:\n- pubmed.nbib 3 2 1\n")),
                build("style-file-not-csl", REVIEW, edit("style: vancouver", "style: seeds/review.yaml.csl")),
                build("malformed-style-file", "styles/broken.csl", text("<style xmlns=\"http://purl.org/net/xbiblio/csl\">"
                        + "<citation><layout><text variable=\"title\"/></layout></citation></style")),
                build("versions-yaml-syntax", VERSIONS, text("versions:\n- version: 1\n  date: '2026-11-22\n")),
                build("versions-not-a-list", VERSIONS, text("versions: 1\n")),
                build("versions-duplicates-not-a-number", VERSIONS, text(ONE_VERSION.replace(
                        "duplicates-removed: 0", "duplicates-removed: many"))),
                build("versions-huge-number", VERSIONS, text(ONE_VERSION.replace("version: 1",
                        "version: 99999999999999999999"))),
                build("versions-claim-as-mapping", VERSIONS, text(ONE_VERSION.replace(
                        "tfr-failure-60-percent: stem-cells-niche 0123456789ab", "tfr-failure-60-percent:\n"
                                + "          section: stem-cells-niche"))),
                build("versions-papers-as-list", VERSIONS, text(ONE_VERSION.replaceAll("(?s)  papers:.*",
                        "  papers: [gullaksen2025]\n"))),
                build("versions-unknown-status", VERSIONS, text(ONE_VERSION.replace("status: included",
                        "status: maybe"))),
                build("versions-out-of-order", VERSIONS, text(ONE_VERSION.replace("version: 1", "version: 2"))),
                build("snapshot-broken", SNAPSHOT, text("version: 1\npapers:\n  gullaksen2025: {as-in: 1}\n")),
                build("snapshot-paper-is-a-path", SNAPSHOT, text("version: 1\nfiles: {}\npapers:\n  ../../x: {id: x}\n")),
                build("snapshot-template-is-a-path", SNAPSHOT, text("version: 1\nfiles: {}\npapers: {}\ntemplates:\n"
                        + "  ../../evil.vm: x\n")),
                new Case("release-over-broken-versions", VERSIONS, text(ONE_VERSION.replace(
                        "duplicates-removed: 0", "duplicates-removed: many")), List.of("release")),
                build("import-log-duplicates-not-a-number", IMPORT_LOG, text("imports:\n- {date: '2026-11-22',"
                        + " file: refs.ris, records: 3, added: 2, duplicates: many}\n")),
                build("import-log-entry-not-a-mapping", IMPORT_LOG, text("imports:\n- refs.ris\n")),
                build("reference-docx-not-a-docx", "templates/reference.docx", text("not a Word document")),
                importing("truncated-json", "refs.json", text("[{\"type\": \"book\", \"title\": \"A")),
                importing("unbalanced-braces", "refs.bib", text("@article{a,\n  title = {Open,\n  year = {2020}\n}\n")),
                importing("wrong-json-types", "refs.json", text("[{\"type\": \"book\", \"title\": [\"A\"]}]")),
                importing("ris-without-er", "refs.ris", text("TY  - JOUR\nTI  - A title\n")),
                importing("format-differs-from-extension", "refs.bib", text("TY  - JOUR\nTI  - A title\nER  - \n")),
                importing("empty-import-file", "refs.ris", text("")),
                importing("import-not-utf-8", "refs.ris", bytes -> "TY  - JOUR\nTI  - Caf\u00e9\nER  - \n"
                        .getBytes(StandardCharsets.ISO_8859_1)),
                importing("json-not-a-list", "refs.json", text("42")),
                importing("medline-garbage", "refs.nbib", text("PMID- 1\nTI  - A title\nthis is not medline\n")),
                importing("ris-unknown-type", "refs.ris", text("TY  - NOPE\nTI  - A title\nER  - \n")),
                importing("not-a-reference-file", "refs.txt", text("Just some notes about papers.\n")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        return yaml.toString();
    }

    private static String manyKeys() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 100_000 * 29; i++) {
            yaml.append("key").append(i).append(": value\n");
        }
        return yaml.toString();
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadInputGetsAClearErrorAndLosesNothing(Case c) throws Exception {
        Path project = ShippedReview.copyInto(dir.resolve("review"));
        assertEquals(0, CommandRunner.run("build", "--project", project.toString()).exitCode());
        Path out = project.resolve("target/review");
        List<byte[]> before = new ArrayList<>();
        List<String> outputs = List.of("review.md", "review.pdf", "review.html", "review.docx", "references.json",
                "CHANGES.md");
        for (String name : outputs) {
            before.add(Files.readAllBytes(out.resolve(name)));
        }
        Path file = project.resolve(c.file());
        Files.createDirectories(file.getParent());
        byte[] original = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        Files.write(file, c.content().apply(original));
        if (c.file().equals(SNAPSHOT)) {
            Files.writeString(project.resolve(VERSIONS), ONE_VERSION);
        }
        if (c.name().equals("malformed-style-file")) {
            Path review = project.resolve(REVIEW);
            Files.writeString(review, Files.readString(review).replace("style: vancouver", "style: styles/broken.csl"));
        }
        List<String> args = new ArrayList<>(c.args());
        if (args.get(0).equals("import")) {
            args.set(1, file.toString());
        }
        args.addAll(List.of("--project", project.toString()));
        CommandRunner result = CommandRunner.run(args.toArray(String[]::new));
        List<String> messages = result.err().lines().map(l -> l.replace(project + "/", "")).toList();
        List<String> expected = expectations().get(c.name());
        assertEquals(Integer.parseInt(expected.get(0)), result.exitCode(), String.join("\n", messages));
        assertEquals(expected.subList(1, expected.size()), messages);
        if (result.exitCode() != 0 && !args.get(0).equals("import")) {
            assertArrayEquals(c.content().apply(original), Files.readAllBytes(file), c.file() + " is as it was");
        }
        for (int i = 0; i < outputs.size(); i++) {
            if (result.exitCode() != 0) {
                assertArrayEquals(before.get(i), Files.readAllBytes(out.resolve(outputs.get(i))),
                        outputs.get(i) + " is unchanged");
            }
        }
    }
}
