package org.livingreview.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSL-JSON export satisfies the CSL-data schema (v1.0.2), the contract Zotero and citeproc rely on. */
class CslJsonSchemaTest {

    private static JsonSchema schema() throws Exception {
        try (InputStream in = CslJsonSchemaTest.class.getResourceAsStream("/csl-data.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tki-review", "varied"})
    void exportValidatesAgainstTheSchema(String project) throws Exception {
        Path dir = RoundTrip.FIXTURES.resolve(project);
        String json = ExportFormat.CSL_JSON.write(RoundTrip.papers(dir));
        JsonNode items = new ObjectMapper().readTree(json);
        Set<ValidationMessage> errors = schema().validate(items);
        assertEquals(Set.of(), errors);
        assertFalse(items.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"id\": \"x\", \"type\": \"journal-article\"}]",
            "[{\"id\": \"x\", \"type\": \"book\", \"author\": [{\"family\": \"Doe\", \"etal\": true}]}]",
            "[{\"id\": \"x\", \"type\": \"book\", \"issued\": {\"date-parts\": [[2024, 1, 2, 3]]}}]"})
    void theSchemaRejectsWhatZoteroWouldNotRead(String json) throws Exception {
        assertFalse(schema().validate(new ObjectMapper().readTree(json)).isEmpty(),
                "the schema copy must catch invalid items, or the validity test above proves nothing");
    }
}
