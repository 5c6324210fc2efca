package org.livingreview.bib.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.livingreview.model.SourceLocation;

/**
 * Reads CSL-JSON, as Zotero's "CSL JSON" export writes it: a list of items (or a single item). Malformed JSON
 * ends the reading: the record it stands in is refused, with the records before it read.
 */
final class CslJsonReader implements RecordReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(ImportLimits.MAX_NESTING).build()).build());

    @Override
    public void read(String text, FileRecords records) {
        Path file = records.file();
        int number = 0;
        SourceLocation current = SourceLocation.startOf(file);
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (true) {
                    current = at(file, parser.currentTokenLocation());
                    JsonToken next = parser.nextToken();
                    if (next == JsonToken.END_ARRAY) {
                        break;
                    }
                    number++;
                    current = at(file, parser.currentTokenLocation());
                    readItem(parser, current, number, records);
                }
            } else if (first == JsonToken.START_OBJECT) {
                number = 1;
                readItem(parser, current, number, records);
            } else {
                records.refuseFile(at(file, parser.currentTokenLocation()), "CSL-JSON must be a list of items"
                        + " ([...]), not " + first + " — export the items again from Zotero as CSL JSON");
                return;
            }
            if (parser.nextToken() != null) {
                records.problems().warning(at(file, parser.currentTokenLocation()), "text after the end of the JSON"
                        + " list was ignored — the file holds more than one JSON value; keep one list of items");
            }
        } catch (StreamConstraintsException e) {
            records.refuse(current, "record #" + Math.max(1, number),
                    "the JSON nests lists and objects deeper than " + ImportLimits.MAX_NESTING + " levels, which no"
                    + " CSL-JSON item does; this record and any after it were not read — export the items again");
        } catch (JsonProcessingException e) {
            String label = "record #" + Math.max(1, number);
            records.refuse(at(file, e.getLocation()), label, "malformed JSON: " + e.getOriginalMessage()
                    .split("\n")[0] + "; this record and any after it could not be read — the file may be truncated"
                    + " or edited by hand; export it again");
        } catch (IOException e) {
            records.refuseFile(SourceLocation.startOf(file), "cannot read the file: " + e.getMessage());
        }
    }

    private static void readItem(JsonParser parser, SourceLocation at, int number, FileRecords records)
            throws IOException {
        JsonNode item = MAPPER.readTree(parser);
        JsonNode id = item.path("id");
        CslItemReader.read(item, records.record(at, FileRecords.label(id.isValueNode() ? id.asText() : null, number)));
    }

    private static SourceLocation at(Path file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.startOf(file);
        }
        return new SourceLocation(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
