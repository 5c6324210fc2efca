package org.livingreview.manuscript.output;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * One output of the build: the files it writes, the inputs they are made from, and how it renders them.
 * The build rebuilds an output when one of its files is missing or one of its inputs changed; adding an
 * output is one implementation plus one line in the build's registry.
 */
public interface Output {

    /** Its name in the build record (and for {@code --skip}), for example {@code "pdf"}. */
    String name();

    /** Its files, relative to the output folder. */
    List<String> files();

    /** What its files are made from: a change to any of these rebuilds it. */
    Set<Input> inputs();

    /**
     * The content of each of its {@link #files()}, rendered from {@code sources}; throws {@link BuildFailed}
     * when a problem (reported to the sources' problems) prevents it.
     */
    List<OutputFile> render(Sources sources) throws IOException, BuildFailed;
}
