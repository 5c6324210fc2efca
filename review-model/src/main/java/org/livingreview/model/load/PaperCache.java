package org.livingreview.model.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.livingreview.model.Paper;
import org.livingreview.model.Problem;
import org.livingreview.model.Problems;

/**
 * Paper files as parsed by earlier loads, by path and content digest, for a process that loads the same
 * review again and again ({@code watch}): a file whose bytes have not changed is not parsed again, and
 * gives the same paper and the same problems. Safe for the loader's parallel reads.
 */
public final class PaperCache {

    private record Entry(byte[] digest, Optional<Paper> paper, List<Problem> problems) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The paper in {@code file}, parsed again only when its bytes changed; its problems go to {@code problems}. */
    Optional<Paper> read(Path file, Problems problems) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (IOException | NoSuchAlgorithmException e) {
            entries.remove(file);
            return PaperReader.read(file, problems);
        }
        Entry known = entries.get(file);
        if (known == null || !Arrays.equals(known.digest(), digest)) {
            Problems own = new Problems();
            known = new Entry(digest, PaperReader.read(file, own), own.sorted());
            entries.put(file, known);
        }
        problems.addAll(known.problems());
        return known.paper();
    }

    /** Forgets the files that are no longer among {@code files} (removed papers). */
    void retainOnly(Collection<Path> files) {
        entries.keySet().retainAll(new HashSet<>(files));
    }
}
