// PATCH 0045: a new class of the patched citeproc-java (docs/citations.md), not in the released library
package de.undercouch.citeproc;

/**
 * Where a citation made before stands in the document, as citeproc-js's {@code citationsPre} and
 * {@code citationsPost} give it: its citationID and the number of the note it is in (0 in the text).
 * @param citationID the citation's ID
 * @param noteIndex the number of its note, 0 if it is in the text
 */
public record CitationPlace(String citationID, int noteIndex) {
}
