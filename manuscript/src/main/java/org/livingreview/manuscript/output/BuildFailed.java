package org.livingreview.manuscript.output;

/** Thrown when an output cannot be rendered because of the problems already reported; nothing is written. */
public final class BuildFailed extends Exception {

    public BuildFailed() {
        super("the build failed on the problems reported", null, false, false);
    }
}
