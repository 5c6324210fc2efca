package org.livingreview.manuscript.build;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.livingreview.manuscript.output.BuildFailed;
import org.livingreview.manuscript.output.Output;
import org.livingreview.manuscript.output.OutputFile;
import org.livingreview.manuscript.output.Sources;

/**
 * Renders a build's outputs on two threads: typesetting the PDF takes about as long as all the other outputs
 * together, which render meanwhile. Each output renders as it would alone, from the same sources, so the
 * files are the same bytes on any number of threads; they come back in the order of the outputs. Every
 * output is rendered even when one fails, so the problems reported do not depend on which thread was quicker.
 */
final class OutputRendering {

    /** Threads for the outputs: two, or one on a one-core machine. */
    static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private OutputRendering() {
    }

    /**
     * The files of every output, in order; throws the first failure, in the order of the outputs, once all
     * have finished.
     */
    static List<OutputFile> render(List<Output> outputs, Sources sources, int threads) throws IOException, BuildFailed {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "living-review output");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<OutputFile>>> rendering = new ArrayList<>();
            for (Output output : outputs) {
                rendering.add(pool.submit(() -> rendered(output, sources)));
            }
            List<OutputFile> files = new ArrayList<>();
            Throwable failure = null;
            for (Future<List<OutputFile>> output : rendering) {
                try {
                    files.addAll(output.get());
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                }
            }
            if (failure != null) {
                throw rethrown(failure);
            }
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the build was interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<OutputFile> rendered(Output output, Sources sources) throws IOException, BuildFailed {
        List<OutputFile> files = output.render(sources);
        if (!files.stream().map(OutputFile::name).toList().equals(output.files())) {
            throw new IllegalStateException(output.name() + " rendered other files than it declares");
        }
        return files;
    }

    /** The failure as thrown by the output: a build failure, an I/O error, or unchecked. */
    private static BuildFailed rethrown(Throwable failure) throws IOException {
        if (failure instanceof BuildFailed failed) {
            return failed;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }
}
