package org.livingreview.manuscript.text;

import java.util.Locale;

/** Heading anchors as GitHub makes them, so links into review.md work on GitHub and in the PDF alike. */
public final class Anchors {

    private Anchors() {
    }

    /** "Leukemic stem cells and the bone marrow niche" → "leukemic-stem-cells-and-the-bone-marrow-niche". */
    public static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).strip()
                .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                .replaceAll("\\s", "-");
    }
}
