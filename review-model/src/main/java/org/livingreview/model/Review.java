package org.livingreview.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded review: its description, its papers (sorted by id), and the prose of the sections that have a
 * {@code seeds/sections/<id>.md}, by section id ({@link SectionProse#INTRODUCTION} for the introduction).
 */
public record Review(ReviewInfo info, List<Paper> papers, Map<String, SectionProse> prose) {

    public Review {
        papers = List.copyOf(papers);
        prose = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prose));
    }

    /** A review whose sections have no prose. */
    public Review(ReviewInfo info, List<Paper> papers) {
        this(info, papers, Map.of());
    }

    /**
     * The first paper with this id: found by binary search, since the loader sorts the papers by id (a
     * lookup per citation must not scan 5,000 papers), and by a scan when the papers given were not sorted.
     */
    public Optional<Paper> paper(String id) {
        int low = 0;
        int high = papers.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = papers.get(middle).id().compareTo(id);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                while (middle > 0 && papers.get(middle - 1).id().equals(id)) {
                    middle--;
                }
                return Optional.of(papers.get(middle));
            }
        }
        return papers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Paper> included() {
        return papers.stream().filter(p -> p.screening().isIncluded()).toList();
    }

    /** The prose of a section (or of the introduction), if it has a file. */
    public Optional<SectionProse> prose(String sectionId) {
        return Optional.ofNullable(prose.get(sectionId));
    }
}
