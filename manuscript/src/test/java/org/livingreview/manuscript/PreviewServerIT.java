package org.livingreview.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.livingreview.manuscript.build.ReviewWatcher;
import org.livingreview.manuscript.preview.PreviewServer;

/** The preview serves the page on loopback only, and tells the open page after every save. */
class PreviewServerIT {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void servesThePageAndTellsItToReloadOrShowTheProblems() throws Exception {
        Path project = TestReviews.shippedCopy(dir.resolve("review"));
        Path out = dir.resolve("out");
        AtomicBoolean running = new AtomicBoolean(true);
        BlockingQueue<ReviewWatcher.Outcome> builds = new LinkedBlockingQueue<>();
        try (PreviewServer server = PreviewServer.start(out, 0)) {
            assertTrue(server.address().getAddress().isLoopbackAddress(), "bound to " + server.address());
            Thread watcher = new Thread(() -> {
                try {
                    new ReviewWatcher(project, out, null, line -> { }, outcome -> {
                        server.built(outcome);
                        builds.add(outcome);
                    }).run(running::get);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            watcher.start();
            assertTrue(builds.poll(120, TimeUnit.SECONDS).succeeded(), "the first build");

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.uri()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1 id=\"tyrosine-kinase-inhibitor"), "the review page");
            assertTrue(page.body().contains("new EventSource('/events')"), "with the reload script");
            assertEquals(Files.readString(out.resolve("review.html")).length() < page.body().length(), true,
                    "the file itself is left as built");
            assertEquals(404, http.send(HttpRequest.newBuilder(server.uri().resolve("/..%2f..%2fetc%2fpasswd"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(server.uri().resolve("/references.bib")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());

            HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(server.uri()
                    .resolve("/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
            BufferedReader stream = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));
            assertEquals(": connected", stream.readLine());

            Path paper = project.resolve("seeds/papers/gullaksen2025.yaml");
            String original = Files.readString(paper);
            Files.writeString(paper, original.replace("once TKI treatment is stopped", "after TKI treatment stops"));
            assertTrue(builds.poll(120, TimeUnit.SECONDS).succeeded(), "the rebuild");
            assertEquals("", stream.readLine());
            assertEquals("event: reload", stream.readLine());
            assertTrue(Files.readString(out.resolve("review.html")).contains("after TKI treatment stops"));

            Files.writeString(paper, original.replace("claims:", "claims: [unclosed"));
            assertTrue(!builds.poll(120, TimeUnit.SECONDS).succeeded(), "the broken seed fails the build");
            StringBuilder failed = new StringBuilder();
            for (String line = stream.readLine(); line != null && !line.equals("event: failed"); ) {
                line = stream.readLine();
            }
            for (String line = stream.readLine(); line != null && !line.isEmpty(); line = stream.readLine()) {
                failed.append(line).append('\n');
            }
            assertTrue(failed.toString().contains("gullaksen2025.yaml:"), failed.toString());
            assertTrue(failed.toString().contains(" error: "), failed.toString());
            running.set(false);
            watcher.join(10_000);
        }
    }
}
