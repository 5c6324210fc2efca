package org.livingreview.bib.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;

/**
 * Splits a tagged-line file (RIS {@code "TY  - JOUR"}, MEDLINE {@code "PMID- 123"}) into records of
 * located fields, joining continuation lines, and reports lines that fit neither.
 */
final class TaggedLines {

    /** One tag and its value, with the line it starts on. */
    record Field(String tag, String value, int line) {
    }

    /** The fields of one record, with where it starts. */
    record Entry(List<Field> fields, SourceLocation at) {

        List<String> all(String tag) {
            return fields.stream().filter(f -> f.tag().equals(tag)).map(Field::value).filter(v -> !v.isEmpty())
                    .toList();
        }

        String first(String tag) {
            List<String> values = all(tag);
            return values.isEmpty() ? null : values.get(0);
        }
    }

    private TaggedLines() {
    }

    /**
     * Records of {@code text}: a record starts at {@code startTag}, and ends at {@code endTag} (RIS) or at a
     * blank line or the next start (MEDLINE, when {@code endTag} is null).
     */
    static List<Entry> split(Path file, String text, Pattern line, String startTag, String endTag,
                             String format, Problems problems) {
        List<Entry> entries = new ArrayList<>();
        List<Field> current = null;
        int startLine = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int number = i + 1;
            if (raw.isBlank()) {
                if (endTag == null && current != null) {
                    entries.add(new Entry(current, new SourceLocation(file, startLine, 1)));
                    current = null;
                }
                continue;
            }
            Matcher m = line.matcher(raw);
            if (m.matches()) {
                String tag = m.group(1).strip();
                String value = Objects.toString(m.group(2), "").strip();
                if (tag.equals(startTag)) {
                    if (current != null) {
                        if (endTag != null) {
                            problems.error(new SourceLocation(file, startLine, 1), "this " + format + " record has"
                                    + " no '" + endTag + "  - ' line before the next record starts on line " + number
                                    + " — the file may be damaged; export it again");
                            return List.of();
                        }
                        entries.add(new Entry(current, new SourceLocation(file, startLine, 1)));
                    }
                    current = new ArrayList<>();
                    startLine = number;
                } else if (current == null) {
                    problems.error(new SourceLocation(file, number, 1), "'" + tag + "' stands outside a record — a "
                            + format + " record starts with '" + startTag + "'");
                    return List.of();
                }
                if (endTag != null && tag.equals(endTag)) {
                    entries.add(new Entry(current, new SourceLocation(file, startLine, 1)));
                    current = null;
                } else {
                    current.add(new Field(tag, value, number));
                }
            } else if (current != null && raw.startsWith(" ") && !current.isEmpty()) {
                Field last = current.remove(current.size() - 1);
                current.add(new Field(last.tag(), (last.value() + " " + raw.strip()).strip(), last.line()));
            } else {
                problems.error(new SourceLocation(file, number, 1), "this line is not a " + format + " line"
                        + " ('TAG  - value') — the file may be damaged or not " + format + " at all");
                return List.of();
            }
        }
        if (current != null) {
            if (endTag != null) {
                problems.error(new SourceLocation(file, startLine, 1), "the last " + format + " record has no '"
                        + endTag + "  - ' line — the file is probably truncated; export it again");
                return List.of();
            }
            entries.add(new Entry(current, new SourceLocation(file, startLine, 1)));
        }
        return entries;
    }
}
