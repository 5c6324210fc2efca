package org.livingreview.model.load;

import static org.livingreview.model.ProjectLayout.PAPERS;
import static org.livingreview.model.ProjectLayout.REVIEW_FILE;
import static org.livingreview.model.ProjectLayout.SECTIONS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Locations;
import org.livingreview.model.Paper;
import org.livingreview.model.Review;
import org.livingreview.model.ReviewInfo;
import org.livingreview.model.SourceLocation;
import org.livingreview.model.Problems;

/** Loads a review project's {@code seeds/} folder and checks it, collecting every problem in one pass. */
public final class ReviewLoader {


    private ReviewLoader() {
    }

    /** Loads and validates the project in {@code project}; never throws for bad data. */
    public static LoadedReview load(Path project) {
        return load(project, new PaperCache());
    }

    /** As {@link #load(Path)}, reusing the papers in {@code cache} whose files have not changed since. */
    public static LoadedReview load(Path project, PaperCache cache) {
        Problems problems = new Problems();
        Path reviewFile = project.resolve(REVIEW_FILE).normalize();
        ReviewInfo info;
        if (Files.isRegularFile(reviewFile)) {
            info = ReviewInfoReader.read(reviewFile, problems).orElse(null);
        } else {
            problems.error(SourceLocation.startOf(reviewFile), "there is no " + REVIEW_FILE + " — run the command in"
                    + " the review's folder, or pass --project DIR to name it");
            info = null;
        }
        // Paper files are independent: they are read in parallel, each with its own problems, merged in order.
        List<Path> files = paperFiles(project.resolve(PAPERS).normalize(), problems);
        List<Problems> perFile = files.stream().map(f -> new Problems()).toList();
        List<Paper> papers = new ArrayList<>(java.util.stream.IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> cache.read(files.get(i), perFile.get(i)))
                .flatMap(java.util.Optional::stream).toList());
        perFile.forEach(p -> problems.addAll(p.sorted()));
        cache.retainOnly(files);
        papers.sort(Comparator.comparing(Paper::id));
        Review review = new Review(info == null ? placeholder(reviewFile) : info, papers,
                ProseReader.read(project.resolve(SECTIONS).normalize(), problems));
        // Without a list of sections (already reported), checking each claim's section would only repeat it.
        problems.addAll(ReviewValidator.validate(review, info != null && !info.sections().isEmpty()));
        return new LoadedReview(review, problems.sorted());
    }

    private static List<Path> paperFiles(Path dir, Problems problems) {
        if (!Files.isDirectory(dir)) {
            problems.warning(SourceLocation.startOf(dir), "there is no " + PAPERS + " folder, so the review has"
                    + " no papers yet — add papers with 'living-review import' or write seeds/papers/<id>.yaml");
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            all.stream().filter(f -> f.getFileName().toString().endsWith(".yml")).forEach(f -> problems.warning(
                    SourceLocation.startOf(f), "this file is ignored: paper files end in .yaml — rename it to "
                            + f.getFileName().toString().replaceFirst("\\.yml$", ".yaml")));
            return all.stream().filter(f -> f.getFileName().toString().endsWith(".yaml")).toList();
        } catch (IOException e) {
            problems.error(SourceLocation.startOf(dir), "cannot list the paper files (" + e.getMessage()
                    + ") — check that the folder is readable");
            return List.of();
        }
    }

    private static ReviewInfo placeholder(Path reviewFile) {
        return new ReviewInfo(null, null, List.of(), null, List.of(), ReviewInfo.DEFAULT_STYLE,
                ReviewInfo.DEFAULT_LOCALE, ReviewInfo.DEFAULT_PAGE_SIZE, null, List.of(),
                Locations.at(SourceLocation.startOf(reviewFile)));
    }
}
