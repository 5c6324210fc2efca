package org.livingreview.manuscript.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.livingreview.model.ScreeningStatus;
import org.livingreview.model.versions.PaperSnapshot;
import org.livingreview.model.versions.RecordedVersion;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** PRISMA counts per version and for the draft, the diagram and its text alternative. */
class PrismaFlowTest {

    private static PaperSnapshot paper(ScreeningStatus status, String reason) {
        return new PaperSnapshot(status, reason, "digest", Map.of());
    }

    private static final Map<String, PaperSnapshot> VERSION_1 = Map.of(
            "a2020", paper(ScreeningStatus.INCLUDED, null),
            "b2021", paper(ScreeningStatus.EXCLUDED, "wrong population"));

    private static final Map<String, PaperSnapshot> DRAFT = Map.of(
            "a2020", paper(ScreeningStatus.INCLUDED, null),
            "b2021", paper(ScreeningStatus.EXCLUDED, "wrong population"),
            "c2022", paper(ScreeningStatus.EXCLUDED, "wrong population"),
            "d2023", paper(ScreeningStatus.EXCLUDED, null),
            "e2024", paper(ScreeningStatus.PENDING, null));

    @Test
    void countsEachVersionAndTheDraftWithDuplicatesAmongTheIdentified() {
        PrismaFlow flow = PrismaFlow.of(List.of(new RecordedVersion(1, "2026-01-02", "first", 1, VERSION_1, Map.of())),
                DRAFT, 3, false);
        assertEquals(List.of(
                new PrismaFlow.Column("Version 1", 3, 1, 2, 1, Map.of("wrong population", 1), 0, 1),
                new PrismaFlow.Column("Current draft", 8, 3, 5, 3,
                        Map.of("no reason given", 1, "wrong population", 2), 1, 1)), flow.columns());
        assertEquals("Version 1: 3 records identified, 1 duplicates removed, 2 screened, 1 excluded,"
                + " 0 awaiting screening, 1 included. Current draft: 8 records identified, 3 duplicates removed,"
                + " 5 screened, 3 excluded, 1 awaiting screening, 1 included.", flow.description());
    }

    @Test
    void theDraftHasNoColumnOfItsOwnWhenItIsTheLatestVersion() {
        PrismaFlow flow = PrismaFlow.of(List.of(new RecordedVersion(1, "2026-01-02", "first", 0, VERSION_1, Map.of())),
                VERSION_1, 0, true);
        assertEquals(List.of("Version 1"), flow.columns().stream().map(PrismaFlow.Column::label).toList());
        assertEquals(List.of("Current"), PrismaFlow.of(List.of(), Map.of(), 0, true).columns().stream()
                .map(PrismaFlow.Column::label).toList(), "with no version, the seeds are shown whatever the flag");
    }

    @Test
    void theDiagramIsWellFormedSvgWithItsTextAlternativeAndEveryCount() throws Exception {
        PrismaFlow flow = PrismaFlow.of(List.of(), Map.of("x<&>2020", paper(ScreeningStatus.EXCLUDED, "dose < 5 & \"other\"")),
                0, false);
        String svg = flow.svg();
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        assertEquals("img", document.getDocumentElement().getAttribute("role"));
        assertEquals("PRISMA 2020 flow diagram", document.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(flow.description(), document.getElementsByTagName("desc").item(0).getTextContent());
        org.w3c.dom.NodeList texts = document.getElementsByTagName("text");
        List<String> lines = java.util.stream.IntStream.range(0, texts.getLength())
                .mapToObj(i -> texts.item(i).getTextContent()).toList();
        int excluded = lines.indexOf("Records excluded (with reasons)");
        assertEquals(List.of("Current: 1", "   dose < 5 & \"other\": 1"), lines.subList(excluded + 1, excluded + 3),
                lines.toString());
        assertEquals(6, document.getElementsByTagName("rect").getLength(), "one box per stage");
        assertEquals(5, document.getElementsByTagName("line").getLength(), "one arrow per step");
    }
}
