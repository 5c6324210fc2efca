package org.livingreview.citeproc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patch 0042: the bibliography reports which item each entry formats, in the entries' order, as citeproc-js
 * does; released citeproc-java 3.5.2 reports none, so entries with the same title could not be told apart.
 */
class BibliographyEntryIdsTest {

    private static final String STYLE = """
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
              <citation><layout><text variable="title"/></layout></citation>
              <bibliography>
                <sort><key variable="author"/></sort>
                <layout><names variable="author"/><text variable="title" prefix=". "/></layout>
              </bibliography>
            </style>""";

    @Test
    void entriesWithTheSameTitleNameTheirItemsInTheBibliographysOrder() throws Exception {
        CSLItemData[] items = List.of("Smith", "Jones", "Brown").stream()
                .map(family -> new CSLItemDataBuilder().id(family.toLowerCase()).type(CSLType.BOOK)
                        .title("Resistance to imatinib").author(new CSLNameBuilder().family(family).build()).build())
                .toArray(CSLItemData[]::new);
        CSL csl = new CSL(new ListItemDataProvider(items), STYLE);
        csl.registerCitationItems("smith", "jones", "brown");
        assertArrayEquals(new String[] {"brown", "jones", "smith"}, csl.makeBibliography().getEntryIds());
    }
}
