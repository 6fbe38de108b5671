package dev.moddesk.app.importing;

/** What one import did; {@code comments} = inserted + updated + unchanged (conflicts are among the updated). */
public record ImportSummary(String format, long comments, long inserted, long updated, long unchanged,
                            long conflicts, long posts, double seconds) {

    /** Two imports (of several files) added up; the format becomes a list when they differ. */
    public ImportSummary plus(ImportSummary o) {
        String f = format.isEmpty() ? o.format : format.equals(o.format) || format.contains(o.format) ? format
                : format + "," + o.format;
        return new ImportSummary(f, comments + o.comments, inserted + o.inserted, updated + o.updated,
                unchanged + o.unchanged, conflicts + o.conflicts, posts + o.posts, seconds + o.seconds);
    }

    public static ImportSummary empty() {
        return new ImportSummary("", 0, 0, 0, 0, 0, 0, 0);
    }
}
