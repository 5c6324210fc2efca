package org.livingreview.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Paper;

/** Loading again with a cache (watch) re-parses only the changed paper files, and gives the same result. */
class PaperCacheTest {

    @TempDir
    Path dir;

    private static Paper paper(LoadedReview loaded, String id) {
        return loaded.review().papers().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void unchangedFilesAreReusedChangedOnesParsedAgain() throws Exception {
        TestProject project = new TestProject(dir).paper("doe2024", TestProject.validPaper("doe2024", ""))
                .paper("roe2023", TestProject.validPaper("roe2023", "").replace("title: A paper", "title: Second"));
        PaperCache cache = new PaperCache();
        LoadedReview first = ReviewLoader.load(dir, cache);
        project.paper("roe2023", TestProject.validPaper("roe2023", "").replace("title: A paper", "title: Another"));
        LoadedReview second = ReviewLoader.load(dir, cache);

        assertSame(paper(first, "doe2024"), paper(second, "doe2024"), "an unchanged file is not parsed again");
        assertNotSame(paper(first, "roe2023"), paper(second, "roe2023"));
        assertEquals("Another", paper(second, "roe2023").reference().title());
        assertEquals(ReviewLoader.load(dir).review(), second.review(), "the same review as a load without cache");
    }

    @Test
    void aCachedFilesProblemsAreReportedEveryTimeAndRemovedFilesAreForgotten() throws Exception {
        new TestProject(dir).paper("doe2024", TestProject.validPaper("doe2024", "").replace("title: A paper\n", ""));
        PaperCache cache = new PaperCache();
        List<String> problems = ReviewLoader.load(dir, cache).problems().stream().map(p -> p.format()).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(problems, ReviewLoader.load(dir, cache).problems().stream().map(p -> p.format()).toList());

        Files.delete(dir.resolve("seeds/papers/doe2024.yaml"));
        assertEquals(List.of(), ReviewLoader.load(dir, cache).review().papers());
    }
}
