import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Measures what an author waits for while `living-review watch` runs: from saving one claim in a paper file
 * until review.md shows it, over several saves; prints each latency, the median, and what watch printed.
 * Each save waits until watch has also written the PDF (it makes the draft first and the PDF after); with
 * {@code --during-pdf}, each save comes one second after review.md showed the last, while that save's PDF is
 * still being typeset (watch then builds the draft at once and gives that PDF up).
 * Usage: java bench/WatchLatency.java PROJECT_DIR [SAVES] [--during-pdf]   (from the repository root, after
 * mvn package)
 */
public final class WatchLatency {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean duringPdf = args.length > 2 && args[2].equals("--during-pdf");
        Path paper = project.resolve("seeds/papers/paper0.yaml");
        Path draft = project.resolve("target/review/review.md");
        // The first build then ends by writing the PDF, which is what the saves wait for, even when an earlier
        // run left every output up to date.
        Files.deleteIfExists(project.resolve("target/review/review.pdf"));
        Process watch = new ProcessBuilder("./living-review", "watch", "--project", project.toString())
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(watch.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("reader: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            awaitLine(lines, "review.pdf", 1200);
            String original = Files.readString(paper);
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                String marker = "benchmarkword" + i + "x" + System.nanoTime();
                long start = System.nanoTime();
                Files.writeString(paper, original.replaceFirst("reports that", "reports " + marker + " that"));
                while (!Files.exists(draft) || !Files.readString(draft).contains(marker)) {
                    Thread.sleep(5);
                    if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(120)) {
                        throw new IllegalStateException("review.md never showed the save; watch said " + lines);
                    }
                }
                latencies.add((System.nanoTime() - start) / 1_000_000);
                if (duringPdf) {
                    Thread.sleep(1000);
                    echo(lines);
                } else {
                    awaitLine(lines, "review.pdf", 1200);
                }
            }
            if (duringPdf) {
                awaitLine(lines, "review.pdf", 1200);
            }
            Files.writeString(paper, original);
            List<Long> sorted = new ArrayList<>(latencies);
            sorted.sort(null);
            System.out.println("save -> review.md, ms: " + latencies);
            System.out.println("median " + sorted.get((sorted.size() - 1) / 2) + " ms over " + saves + " saves");
        } finally {
            watch.destroy();
            watch.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Echoes what watch has printed so far. */
    private static void echo(BlockingQueue<String> lines) {
        for (String line; (line = lines.poll()) != null; ) {
            System.out.println("  watch: " + line);
        }
    }

    /** Waits until watch prints a line containing {@code text}, echoing what it prints. */
    private static void awaitLine(BlockingQueue<String> lines, String text, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                System.out.println("  watch: " + line);
                if (line.contains(text)) {
                    return;
                }
            }
        }
        throw new IllegalStateException("watch did not print '" + text + "'");
    }

}
