package org.livingreview.bib.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livingreview.model.SourceLocation;

/**
 * Splits a tagged-line file (RIS {@code "TY  - JOUR"}, MEDLINE {@code "PMID- 123"}, Web of Science
 * {@code "PT J"}) into records of located fields. An untagged line inside a record continues the field before
 * it (EndNote and Scopus wrap long values so); text before the first record is a header (Scopus writes
 * "EXPORT DATE: …"), and what else stands outside any record is reported and skipped, never the whole file.
 */
final class TaggedLines {

    /** One tag and its value (continuation lines joined by newlines), with the line it starts on. */
    record Field(String tag, String value, int line) {
    }

    /** The fields of one record, with where it starts; {@code broken} says why it cannot be read, if so. */
    record Entry(List<Field> fields, SourceLocation at, String broken) {

        /** The values of {@code tag}, each on one line. */
        List<String> all(String tag) {
            return fields.stream().filter(f -> f.tag().equals(tag)).map(f -> f.value().replace('\n', ' '))
                    .filter(v -> !v.isEmpty()).toList();
        }

        /** The values of {@code tag}, one per written line (EndNote lists keywords one a line under one tag). */
        List<String> lines(String tag) {
            return fields.stream().filter(f -> f.tag().equals(tag))
                    .flatMap(f -> f.value().lines()).map(String::strip).filter(v -> !v.isEmpty()).toList();
        }

        String first(String tag) {
            List<String> values = all(tag);
            return values.isEmpty() ? null : values.get(0);
        }
    }

    /**
     * A tagged-line format: its name, its tag line (tag in group 1, value in group 2), the tags that start and
     * end a record ({@code endTag} null when a blank line or the next start ends it), and whether a continuation
     * line must be indented (MEDLINE's are; EndNote's RIS ones are not), and the tags of the file rather than of a
     * record (Web of Science's FN, VR and EF), skipped outside records.
     */
    record Format(String name, Pattern line, String startTag, String endTag, boolean indentedContinuation,
                  Set<String> fileTags) {
    }

    private TaggedLines() {
    }

    /**
     * Records of {@code text}: a record starts at {@code startTag}, and ends at {@code endTag} (RIS) or at a
     * blank line or the next start (MEDLINE, when {@code endTag} is null).
     */
    static List<Entry> split(String text, Format tagged, FileRecords records) {
        String format = tagged.name();
        String startTag = tagged.startTag();
        String endTag = tagged.endTag();
        List<Entry> entries = new ArrayList<>();
        List<Field> current = null;
        int startLine = 0;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int number = i + 1;
            if (raw.isBlank()) {
                if (endTag == null && current != null) {
                    entries.add(entry(current, records, startLine, null));
                    current = null;
                }
                continue;
            }
            Matcher m = tagged.line().matcher(raw);
            if (m.matches()) {
                String tag = m.group(1).strip();
                String value = Objects.toString(m.group(2), "").strip();
                if (tag.equals(startTag)) {
                    if (current != null) {
                        if (endTag != null) {
                            records.problems().warning(at(records, startLine), "this " + format + " record has no '"
                                    + endTag + "' line before the next record starts on line " + number + "; it was"
                                    + " read up to there — check it in the new paper file");
                        }
                        entries.add(entry(current, records, startLine, null));
                    }
                    current = new ArrayList<>();
                    startLine = number;
                } else if (current == null) {
                    if (tagged.fileTags().contains(tag)) {
                        continue;
                    }
                    records.problems().warning(at(records, number), "'" + tag + "' stands outside a record and was"
                            + " skipped — a " + format + " record starts with '" + startTag + "'");
                    continue;
                }
                if (endTag != null && tag.equals(endTag)) {
                    entries.add(entry(current, records, startLine, null));
                    current = null;
                } else {
                    current.add(new Field(tag, value, number));
                }
            } else if (current != null && !current.isEmpty()
                    && (!tagged.indentedContinuation() || Character.isWhitespace(raw.charAt(0)))) {
                Field last = current.remove(current.size() - 1);
                String joined = last.value().isEmpty() ? raw.strip() : last.value() + "\n" + raw.strip();
                current.add(new Field(last.tag(), joined, last.line()));
            } else if (!entries.isEmpty() || current != null) {
                records.problems().warning(at(records, number), "this line is neither a " + format + " tag line nor"
                        + " the continuation of one, and was skipped — check the record in the new paper file");
            }
        }
        if (current != null) {
            entries.add(entry(current, records, startLine, endTag == null ? null : "the file ends before this record's"
                    + " '" + endTag + "' line, so it is probably truncated; the record was not imported — export the"
                    + " file again"));
        }
        return entries;
    }

    /**
     * Reads every record of {@code text} into {@code records}: named by its {@code key} (or its number), refused
     * when it is broken, else turned into a CSL item by {@code item}.
     */
    static void read(String text, Format format, FileRecords records, Function<Entry, String> key,
                     BiFunction<Entry, RecordContext, ObjectNode> item) {
        List<Entry> entries = split(text, format, records);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            RecordContext context = records.record(entry.at(), FileRecords.label(key.apply(entry), i + 1));
            if (entry.broken() != null) {
                context.refuse(entry.broken());
            } else {
                CslItemReader.read(item.apply(entry, context), context);
            }
        }
    }

    private static Entry entry(List<Field> fields, FileRecords records, int line, String broken) {
        return new Entry(fields, at(records, line), broken);
    }

    private static SourceLocation at(FileRecords records, int line) {
        return new SourceLocation(records.file(), line, 1);
    }
}
