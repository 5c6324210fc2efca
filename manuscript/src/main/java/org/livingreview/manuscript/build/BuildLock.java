package org.livingreview.manuscript.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: an exclusive lock on {@code <output>.lock} beside it, held for
 * the whole build, so that a watcher and {@code mvn package} never interleave their writes. A second
 * build waits for the first, and says so. Java's file locks are per process, so threads of one process
 * also queue on an in-process lock.
 */
final class BuildLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other build writes to {@code outputDir}, telling {@code notices} when it has to wait. */
    static BuildLock acquire(Path outputDir, Consumer<String> notices) throws IOException {
        Path dir = outputDir.toAbsolutePath().normalize();
        Path file = dir.resolveSibling(dir.getFileName() + ".lock");
        Files.createDirectories(file.getParent());
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        if (!inProcess.tryLock()) {
            notices.accept("another build is writing to " + outputDir + "; waiting for it to finish");
            inProcess.lock();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                notices.accept("another build is writing to " + outputDir + "; waiting for it to finish");
                lock = channel.lock();
            }
            return new BuildLock(inProcess, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            inProcess.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            inProcess.unlock();
        }
    }
}
