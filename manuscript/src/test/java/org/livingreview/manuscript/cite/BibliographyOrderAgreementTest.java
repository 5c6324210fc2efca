package org.livingreview.manuscript.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order figure of {@link CiteprocJsAgreementIT}: entries in citeproc-js's order, one misplaced entry counted once. */
class BibliographyOrderAgreementTest {

    @Test
    void theSameOrderKeepsEveryEntry() {
        assertEquals(4, CiteprocJsAgreementIT.inOrder(List.of("a", "b", "c", "d"), List.of("a", "b", "c", "d")));
    }

    @Test
    void oneEntrySortedElsewhereCountsOnce() {
        assertEquals(4, CiteprocJsAgreementIT.inOrder(List.of("a", "b", "c", "d", "e"), List.of("b", "c", "d", "e", "a")));
    }

    @Test
    void aReversedOrderKeepsOneEntry() {
        assertEquals(1, CiteprocJsAgreementIT.inOrder(List.of("a", "b", "c"), List.of("c", "b", "a")));
    }
}
