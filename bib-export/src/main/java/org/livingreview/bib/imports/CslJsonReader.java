package org.livingreview.bib.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;

/** Reads CSL-JSON, as Zotero's "CSL JSON" export writes it: a list of items (or a single item). */
final class CslJsonReader implements RecordReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public List<ImportedRecord> read(Path file, String text, Problems problems) {
        List<ImportedRecord> records = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                int number = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    number++;
                    readItem(parser, file, "record " + number, problems, records);
                }
            } else if (first == JsonToken.START_OBJECT) {
                readItem(parser, file, "record 1", problems, records);
            } else {
                problems.error(at(file, parser.currentTokenLocation()), "CSL-JSON must be a list of items ([...]),"
                        + " not " + first + " — export the items again from Zotero as CSL JSON");
                return List.of();
            }
            if (parser.nextToken() != null) {
                problems.error(at(file, parser.currentTokenLocation()), "unexpected text after the end of the JSON"
                        + " list — the file holds more than one JSON value; keep one list of items");
            }
        } catch (JsonProcessingException e) {
            problems.error(at(file, e.getLocation()), "malformed JSON: " + e.getOriginalMessage().split("\n")[0]
                    + " — the file may be truncated or edited by hand; export it again");
        } catch (IOException e) {
            problems.error(SourceLocation.startOf(file), "cannot read the file: " + e.getMessage());
        }
        return records;
    }

    private static void readItem(JsonParser parser, Path file, String label, Problems problems,
                                 List<ImportedRecord> records) throws IOException {
        SourceLocation at = at(file, parser.currentTokenLocation());
        JsonNode item = MAPPER.readTree(parser);
        CslItemReader.read(item, new RecordContext(at, label, problems))
                .ifPresent(reference -> records.add(new ImportedRecord(reference, at, label)));
    }

    private static SourceLocation at(Path file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.startOf(file);
        }
        return new SourceLocation(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
