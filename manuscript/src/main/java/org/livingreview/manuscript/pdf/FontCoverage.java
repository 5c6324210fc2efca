package org.livingreview.manuscript.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;

/** Which characters the PDF's fonts (DejaVu Serif, Sans, Mono) cannot draw, and where the seeds use them. */
public final class FontCoverage {

    private static final List<String> FONTS = List.of("DejaVuSerif.ttf", "DejaVuSans.ttf", "DejaVuSansMono.ttf");
    /** At most this many characters are listed in one warning. */
    private static final int MAX_LISTED = 12;
    private static List<TrueTypeFont> fonts;

    private FontCoverage() {
    }

    /**
     * Warns about the characters of {@code text} that no font has: one warning per seed file that uses
     * them, at the first such character, listing them (those found nowhere in the seeds at {@code fallback}).
     */
    public static void report(String text, Path project, SourceLocation fallback, Problems problems) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(cp -> cp > 0x7f && !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .distinct().filter(cp -> !covered(cp)).forEach(missing::add);
        Map<Path, SourceLocation> firstInFile = new TreeMap<>();
        Map<Path, StringBuilder> charsInFile = new TreeMap<>();
        for (int cp : missing) {
            SourceLocation at = firstUse(project, cp).orElse(fallback);
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
            for (String name : FONTS) {
                try (InputStream in = FontCoverage.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + name)) {
                    fonts.add(new TTFParser().parse(new RandomAccessReadBuffer(in)));
                } catch (IOException e) {
                    throw new UncheckedIOException("font " + name + " cannot be read from jasperreports-fonts", e);
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

    private static java.util.Optional<SourceLocation> firstUse(Path project, int codePoint) {
        String needle = Character.toString(codePoint);
        try (Stream<Path> files = Files.walk(project.resolve("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    int column = lines.get(i).indexOf(needle);
                    if (column >= 0) {
                        return java.util.Optional.of(new SourceLocation(file, i + 1,
                                lines.get(i).codePointCount(0, column) + 1));
                    }
                }
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }
}
