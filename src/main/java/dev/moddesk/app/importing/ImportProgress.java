package dev.moddesk.app.importing;

/** Progress of a running import; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (read, total, comments) -> { };

    /**
     * @param bytesRead bytes of the file read so far
     * @param bytesTotal the file's size (compressed size for gzip), or -1
     * @param comments comments written so far
     */
    void update(long bytesRead, long bytesTotal, long comments);
}
