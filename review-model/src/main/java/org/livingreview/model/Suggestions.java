package org.livingreview.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known word a misspelt one was probably meant to be. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /** The closest candidate within a third of the word's length (at least 2 edits), if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, word.length() / 3);
        return candidates.stream()
                .filter(c -> DISTANCE.apply(lower, c.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String c) -> DISTANCE.apply(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** " — did you mean 'x'?" or an empty string. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> " — did you mean '" + c + "'?").orElse("");
    }
}
