package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;

/** Review.paper finds the first paper of an id, whether the papers are sorted by id (as loaded) or not. */
class ReviewPaperLookupTest {

    @TempDir
    Path dir;

    private List<Paper> loadedPapers() {
        TestProject project = new TestProject(dir);
        for (String id : List.of("doe2024", "abe2020", "roe2023", "kim2019", "lee2021")) {
            project.paper(id, TestProject.validPaper(id, ""));
        }
        return ReviewLoader.load(dir).review().papers();
    }

    private static Optional<Paper> scan(List<Paper> papers, String id) {
        return papers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Test
    void everyPaperIsFoundInTheLoadedAndInAnUnsortedOrder() {
        List<Paper> sorted = loadedPapers();
        List<Paper> reversed = new ArrayList<>(sorted);
        Collections.reverse(reversed);
        for (List<Paper> papers : List.of(sorted, reversed)) {
            Review review = new Review(ReviewLoader.load(dir).review().info(), papers);
            for (String id : List.of("abe2020", "doe2024", "kim2019", "lee2021", "roe2023", "zed2000", "")) {
                assertEquals(scan(papers, id), review.paper(id), id);
            }
        }
    }

    @Test
    void ofTwoPapersWithOneIdTheFirstIsFound() {
        List<Paper> papers = new ArrayList<>(loadedPapers());
        Paper kim = papers.get(2);
        Paper twin = new Paper(kim.id(), papers.get(0).reference(), kim.screening(), kim.study(), kim.claims(),
                kim.locations());
        papers.add(3, twin);
        papers.add(3, twin);
        Review review = new Review(ReviewLoader.load(dir).review().info(), papers);
        assertSame(kim, review.paper(kim.id()).orElseThrow());
    }
}
