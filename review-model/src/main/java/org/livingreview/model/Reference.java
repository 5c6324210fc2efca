package org.livingreview.model;

import java.util.List;

/**
 * The bibliographic record of a paper, in CSL's terms. Absent fields are {@code null} (or empty lists):
 * a field is left out rather than guessed. {@code authorsIncomplete} says the author list stops short
 * of the real one ("et al." in the source), so no output may present it as complete.
 */
public record Reference(
        String type,
        String title,
        String titleShort,
        List<Name> authors,
        boolean authorsIncomplete,
        List<Name> editors,
        PartialDate issued,
        String containerTitle,
        String containerTitleShort,
        String collectionTitle,
        String volume,
        String issue,
        String page,
        String articleNumber,
        String edition,
        String publisher,
        String publisherPlace,
        String isbn,
        String doi,
        String pmid,
        String pmcid,
        String url,
        String language,
        String publicationType,
        List<String> keywords) {

    public Reference {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        keywords = List.copyOf(keywords);
    }
}
