package dev.moddesk.app.importing;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentMeta;
import dev.moddesk.core.Post;
import dev.moddesk.formats.DisqusReader;
import dev.moddesk.formats.FormatDetector;
import dev.moddesk.formats.ImportException;
import dev.moddesk.formats.ImportFormat;
import dev.moddesk.formats.ImportSink;
import dev.moddesk.formats.RestJsonReader;
import dev.moddesk.formats.Utf8Position;
import dev.moddesk.formats.WxrReader;
import dev.moddesk.app.health.Backups;
import dev.moddesk.store.Database;
import dev.moddesk.store.ImportWriter;
import dev.moddesk.store.MergeOutcome;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Imports one export file into the store: the format is detected from the content, a reader thread parses
 * while the calling thread writes (two cores working together), and the file lands in one transaction, so a
 * broken or cancelled import leaves the database exactly as it was.
 */
public final class Importer {
    private static final int BATCH_ITEMS = 1_024;
    private static final int BATCH_CHARS = 4 * 1024 * 1024;
    private static final int QUEUED_BATCHES = 8;

    private final Database db;
    private final Consumer<String> warnings;
    private final WrittenComments listener;

    public Importer(Database db, Consumer<String> warnings) {
        this(db, warnings, WrittenComments.NONE);
    }

    private Importer(Database db, Consumer<String> warnings, WrittenComments listener) {
        this.db = db;
        this.warnings = warnings;
        this.listener = listener;
    }

    /** This importer, with {@code listener} hearing every comment it writes. */
    public Importer heardBy(WrittenComments listener) {
        return new Importer(db, warnings, listener);
    }

    public ImportSummary importFile(Path file, ImportProgress progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        String name = file.toString();
        long size;
        InputStream raw;
        try {
            size = Files.size(file);
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "no such file");
        } catch (IOException e) {
            throw ImportException.unreadable(name, e);
        }
        CountingStream counting = new CountingStream(raw);
        try (counting) {
            BufferedInputStream in = FormatDetector.open(name, counting);
            ImportFormat format = FormatDetector.detect(name, in);
            Counts counts = pump(name, sink -> parse(name, format, in, sink), () -> counting.count, size,
                    progress, cancelled);
            return counts.summary(format.word(), started);
        } catch (ImportException e) {
            throw e.getMessage().contains("invalid UTF-8") ? placeEncodingError(file, e) : e;
        } catch (IOException e) {
            throw ImportException.unreadable(name, e);
        }
    }

    /** Parsers place encoding errors only roughly; find the exact line and column of the first bad byte. */
    private static ImportException placeEncodingError(Path file, ImportException e) {
        try (InputStream in = FormatDetector.open(e.file(), Files.newInputStream(file))) {
            return Utf8Position.firstError(in)
                    .map(at -> new ImportException(e.file(), at[0], at[1], "invalid UTF-8: the bytes here are not UTF-8 text", e))
                    .orElse(e);
        } catch (IOException | ImportException again) {
            return e;
        }
    }

    /**
     * Imports what {@code source} produces (run on its own thread) with the same merge rules and
     * transaction as a file: used for generated data such as the demo.
     */
    public ImportSummary importFrom(String label, String format, Consumer<ImportSink> source) {
        return importFrom(label, format, source, () -> false);
    }

    /** As {@link #importFrom(String, String, Consumer)}, stopping (and changing nothing) when {@code cancelled}. */
    public ImportSummary importFrom(String label, String format, Consumer<ImportSink> source, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        return pump(label, source, () -> 0L, -1, ImportProgress.NONE, cancelled).summary(format, started);
    }

    private Counts pump(String name, Consumer<ImportSink> source, LongSupplier bytesRead, long size,
                        ImportProgress progress, BooleanSupplier cancelled) {
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        QueueSink sink = new QueueSink(queue);
        Thread reader = new Thread(() -> produce(source, sink), "moddesk-import-reader");
        reader.setDaemon(true);
        Counts counts = new Counts();
        Backups.before(db, "import");
        boolean committed = false;
        try (ImportWriter writer = new ImportWriter(db)) {
            reader.start();
            while (true) {
                List<Object> batch = take(queue);
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("import of " + name + " cancelled");
                }
                for (Object item : batch) {
                    if (item instanceof Comment comment) {
                        MergeOutcome outcome = writer.comment(comment);
                        counts.add(outcome);
                        listener.written(comment, outcome, writer.lastCommentId());
                    } else if (item instanceof MetaItem meta) {
                        writer.commentMeta(meta.rows);
                        listener.metaWritten(meta.rows);
                    } else if (item instanceof Post post) {
                        writer.post(post);
                        counts.posts++;
                    } else if (item instanceof SiteItem site) {
                        writer.site(site.baseUrl, site.name);
                    } else if (item instanceof Warning w) {
                        warnings.accept(w.message);
                    } else if (item instanceof Failure f) {
                        throw f.error;
                    } else if (item == END) {
                        listener.beforeCommit(writer);
                        writer.commit();
                        committed = true;
                        listener.committed();
                        return counts;
                    }
                }
                progress.update(bytesRead.getAsLong(), size, counts.total());
            }
        } finally {
            if (!committed) {
                listener.rolledBack();
            }
            sink.abandoned = true;
            queue.clear(); // frees a reader blocked on a full queue
            reader.interrupt();
        }
    }

    private static void produce(Consumer<ImportSink> source, QueueSink sink) {
        try {
            try {
                source.accept(sink);
                sink.finish();
            } catch (Abandoned e) {
                throw e;
            } catch (RuntimeException e) {
                // a reader may wrap the Abandoned it met (the writer was cancelled meanwhile): then fail() throws it
                sink.fail(e);
            } catch (OutOfMemoryError e) {
                sink.fail(new IllegalStateException("the import needs more memory than this JVM has (-Xmx)", e));
            }
        } catch (Abandoned e) {
            // the writer gave up (error or cancel); nothing more to say, and nothing escapes this thread
        }
    }

    private static void parse(String name, ImportFormat format, InputStream in, ImportSink sink) {
        try {
            switch (format) {
                case WXR:
                    new WxrReader(name).read(in, sink);
                    break;
                case REST_JSON:
                    new RestJsonReader(name).read(in, sink);
                    break;
                case DISQUS:
                    new DisqusReader(name).read(in, sink);
                    break;
                default:
                    throw new IllegalStateException("no reader for " + format);
            }
        } catch (UncheckedIOException e) {
            throw ImportException.unreadable(name, e.getCause());
        }
    }

    private static List<Object> take(BlockingQueue<List<Object>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted");
        }
    }

    private static final Object END = new Object();

    private record SiteItem(String baseUrl, String name) { }

    private record Warning(String message) { }

    private record MetaItem(List<CommentMeta> rows) { }

    private record Failure(RuntimeException error) { }

    /** Thrown inside the reader thread when the writer side has stopped listening. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    /** Collects what the reader finds into batches for the writer thread. */
    private static final class QueueSink implements ImportSink {
        private final BlockingQueue<List<Object>> queue;
        private List<Object> batch = new ArrayList<>(BATCH_ITEMS);
        private long chars;
        volatile boolean abandoned;

        QueueSink(BlockingQueue<List<Object>> queue) {
            this.queue = queue;
        }

        @Override
        public void site(String baseUrl, String name) {
            add(new SiteItem(baseUrl, name), 0);
        }

        @Override
        public void post(Post post) {
            add(post, post.title().length());
        }

        @Override
        public void comment(Comment comment) {
            add(comment, comment.content().length());
        }

        @Override
        public void commentMeta(List<CommentMeta> meta) {
            int size = 0;
            for (CommentMeta row : meta) {
                size += row.key().length() + row.value().length();
            }
            add(new MetaItem(meta), size);
        }

        @Override
        public void warning(String message) {
            add(new Warning(message), 0);
        }

        void finish() {
            batch.add(END);
            flush();
        }

        void fail(RuntimeException e) {
            batch.add(new Failure(e));
            flush();
        }

        private void add(Object item, int size) {
            batch.add(item);
            chars += size;
            if (batch.size() >= BATCH_ITEMS || chars >= BATCH_CHARS) {
                flush();
            }
        }

        private void flush() {
            if (abandoned) {
                throw new Abandoned();
            }
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                throw new Abandoned();
            }
            batch = new ArrayList<>(BATCH_ITEMS);
            chars = 0;
        }
    }

    private static final class Counts {
        long inserted;
        long updated;
        long unchanged;
        long conflicts;
        long posts;

        void add(MergeOutcome o) {
            switch (o) {
                case INSERTED: inserted++; break;
                case UPDATED: updated++; break;
                case CONFLICT: updated++; conflicts++; break;
                default: unchanged++; break;
            }
        }

        long total() {
            return inserted + updated + unchanged;
        }

        ImportSummary summary(String format, long startedNanos) {
            return new ImportSummary(format, total(), inserted, updated, unchanged, conflicts, posts,
                    (System.nanoTime() - startedNanos) / 1e9);
        }
    }

    /** Counts the file's bytes as the reader takes them, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
