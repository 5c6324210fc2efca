package org.livingreview.manuscript.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.manuscript.versions.ChangeLog.ClaimChange;
import org.livingreview.manuscript.versions.ChangeLog.FieldChange;
import org.livingreview.manuscript.versions.ChangeLog.Kind;
import org.livingreview.manuscript.versions.ChangeLog.PaperChange;
import org.livingreview.manuscript.versions.ChangeLog.ProseChange;
import org.livingreview.model.LoadedReview;
import org.livingreview.model.Review;
import org.livingreview.model.load.Folders;
import org.livingreview.model.load.ReviewLoader;
import org.livingreview.model.versions.RecordedVersion;
import org.livingreview.model.versions.Snapshots;

/**
 * What changed between the versions fixture as released and after its edits (fixtures/versions/README.md),
 * worked out from the two reviews directly, without a build.
 */
class ChangeLogTest {

    private static final Path FIXTURE = Path.of("../fixtures/versions").toAbsolutePath().normalize();

    @TempDir
    static Path dir;
    static Review before;
    static Review after;
    static Map<String, String> proseBefore;
    static Map<String, String> proseAfter;

    @BeforeAll
    static void load() throws Exception {
        Path project = dir.resolve("review");
        Folders.copy(FIXTURE.resolve("seeds"), project.resolve("seeds"));
        before = loaded(project);
        proseBefore = Baseline.currentProse(project);
        Folders.copy(FIXTURE.resolve("edits"), project.resolve("seeds"));
        after = loaded(project);
        proseAfter = Baseline.currentProse(project);
    }

    private static Review loaded(Path project) {
        LoadedReview loaded = ReviewLoader.load(project);
        assertTrue(!loaded.hasErrors(), loaded.problems().toString());
        return loaded.review();
    }

    private static RecordedVersion version1(Review review) {
        return new RecordedVersion(1, "DATE", "first", 0, Snapshots.of(review), Snapshots.sectionTexts(review));
    }

    @Test
    void findsEachKindOfChangeWithItsTexts() {
        ChangeLog log = ChangeLog.between(new Baseline(version1(before), before, proseBefore), after, proseAfter,
                "draft");
        assertEquals(List.of(
                new PaperChange("beta2021", Kind.CORRECTED, null, null, List.of(new FieldChange("volume", "3", "4"))),
                new PaperChange("delta2022", Kind.RESCREENED, "included", "excluded: wrong population", List.of())),
                log.papers());
        assertEquals(List.of("alpha-withdrawn WITHDRAWN", "alpha-wording CHANGED", "beta-added ADDED"),
                log.claims().stream().map(c -> c.claimId() + " " + c.kind()).toList());
        ClaimChange reworded = log.claims().get(1);
        assertTrue(reworded.textBefore().contains("forty patients") && reworded.textAfter().contains("forty-two"),
                reworded.toString());
        assertEquals(List.of("methods"), log.prose().stream().map(ProseChange::sectionId).toList());
        assertEquals("Changes since version 1 (DATE)", log.title());
    }

    @Test
    void theDocumentIsTheFixturesExpectedChanges() throws Exception {
        ChangeLog log = ChangeLog.between(new Baseline(version1(before), before, proseBefore), after, proseAfter,
                "draft");
        assertEquals(Files.readString(FIXTURE.resolve("expected-CHANGES.md")),
                log.document(after.info().title()));
    }

    @Test
    void aVersionWithoutSnapshotComparesDigestsAndSaysTheTextsAreUnknown() {
        ChangeLog log = ChangeLog.between(new Baseline(version1(before), null, Map.of()), after, proseAfter, "draft");
        assertEquals(List.of("beta2021 CORRECTED []", "delta2022 RESCREENED []"),
                log.papers().stream().map(p -> p.id() + " " + p.kind() + " " + p.fields()).toList());
        assertEquals(List.of("methods false"), log.prose().stream().map(p -> p.sectionId() + " " + p.textRecorded())
                .toList(), "the changed text found by its recorded digest, its earlier wording unknown");
        String document = log.document(after.info().title());
        assertTrue(document.contains("Version 1 was recorded before living-review kept the texts of a version"),
                document);
        assertTrue(document.contains("Corrected the bibliographic data of **beta2021** (version 1 recorded no values"
                + " to compare)"), document);
    }

    @Test
    void nothingChangedAndNothingRecordedSaySo() {
        ChangeLog same = ChangeLog.between(new Baseline(version1(after), after, proseAfter), after, proseAfter,
                "draft");
        assertTrue(same.isEmpty());
        assertTrue(same.document("T").endsWith("Nothing has changed.\n"), same.document("T"));
        assertEquals("# Changes (no version recorded yet)\n\nT\n\n" + ChangeLog.NOTHING_RECORDED + "\n",
                ChangeLog.none().document("T"));
    }
}
