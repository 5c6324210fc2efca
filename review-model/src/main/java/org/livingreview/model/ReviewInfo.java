package org.livingreview.model;

import java.util.List;

/** What {@code seeds/review.yaml} says about the review as a whole. */
public record ReviewInfo(
        String title,
        String shortTitle,
        List<ReviewAuthor> authors,
        String abstractText,
        List<String> keywords,
        String style,
        String locale,
        String pageSize,
        String template,
        List<Section> sections,
        Locations locations) {

    public static final String DEFAULT_STYLE = "vancouver";
    public static final String DEFAULT_LOCALE = "en-US";
    public static final String DEFAULT_PAGE_SIZE = "A4";

    public ReviewInfo {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        sections = List.copyOf(sections);
    }
}
