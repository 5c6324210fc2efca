package org.livingreview.manuscript.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;

/** Which characters the PDF's fonts (DejaVu Serif, Sans, Mono) cannot draw, and where the seeds use them. */
final class FontCoverage {

    /** At most this many characters are listed in one warning. */
    private static final int MAX_LISTED = 12;
    private static List<TrueTypeFont> fonts;

    private FontCoverage() {
    }

    /**
     * Warns about the characters of {@code text} that no font has: one warning per seed file that uses
     * them, at the first such character, listing them (those found nowhere in {@code seedFiles} at
     * {@code fallback}). The seed files are read once, and only when a character is missing.
     */
    public static void report(String text, List<Path> seedFiles, SourceLocation fallback, Problems problems) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(cp -> cp > 0x7f && !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .distinct().filter(cp -> !covered(cp)).forEach(missing::add);
        Map<Integer, SourceLocation> firstUses = missing.isEmpty() ? Map.of() : firstUses(seedFiles, missing);
        Map<Path, SourceLocation> firstInFile = new TreeMap<>();
        Map<Path, StringBuilder> charsInFile = new TreeMap<>();
        for (int cp : missing) {
            SourceLocation at = firstUses.getOrDefault(cp, fallback);
            firstInFile.merge(at.file(), at, (a, b) -> a.line() < b.line()
                    || (a.line() == b.line() && a.column() <= b.column()) ? a : b);
            charsInFile.computeIfAbsent(at.file(), f -> new StringBuilder()).appendCodePoint(cp);
        }
        firstInFile.forEach((file, at) -> {
            String chars = charsInFile.get(file).toString();
            String shown = chars.codePointCount(0, chars.length()) > MAX_LISTED
                    ? chars.substring(0, chars.offsetByCodePoints(0, MAX_LISTED)) + "…" : chars;
            problems.warning(at, "the PDF's fonts (DejaVu Serif, Sans, Mono) have no glyph for " + shown
                    + " (from U+" + String.format("%04X", chars.codePointAt(0)) + "), shown as # in review.pdf —"
                    + " review.md keeps the text; transliterate it if the PDF must show it");
        });
    }

    static synchronized boolean covered(int codePoint) {
        if (fonts == null) {
            fonts = new ArrayList<>();
            for (EmbeddedFont font : EmbeddedFont.regular()) {
                try (InputStream in = font.open()) {
                    fonts.add(new TTFParser().parse(new RandomAccessReadBuffer(in)));
                } catch (IOException e) {
                    throw new UncheckedIOException("font " + font.file() + " cannot be read from jasperreports-fonts", e);
                }
            }
        }
        for (TrueTypeFont font : fonts) {
            try {
                if (font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    /** Where each of {@code codePoints} is first used in the YAML files of {@code seedFiles}, in one pass. */
    private static Map<Integer, SourceLocation> firstUses(List<Path> seedFiles, Set<Integer> codePoints) {
        Map<Integer, SourceLocation> found = new HashMap<>();
        for (Path file : seedFiles.stream().filter(f -> f.toString().endsWith(".yaml")).toList()) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                continue;
            }
            for (int i = 0; i < lines.size() && found.size() < codePoints.size(); i++) {
                String line = lines.get(i);
                int column = 1;
                for (int offset = 0; offset < line.length(); offset += Character.charCount(line.codePointAt(offset))) {
                    int cp = line.codePointAt(offset);
                    if (codePoints.contains(cp) && !found.containsKey(cp)) {
                        found.put(cp, new SourceLocation(file, i + 1, column));
                    }
                    column++;
                }
            }
        }
        return found;
    }
}
