package dev.moddesk.ui.queue;

import dev.moddesk.core.QueueRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * The queue table's items: a list as long as the view, holding only a few pages of rows. {@link #get}
 * answers from the page cache, or null (an empty row) while it asks {@code fetcher} for the page; the page
 * arrives through {@link #pageArrived}. Lives on the FX thread.
 */
public final class PagedRows extends ObservableListBase<QueueRow> {
    public static final int PAGE = 100;
    static final int MAX_PAGES = 16;

    /** Asks for page {@code pageNo} of generation {@code generation}. */
    public interface Fetcher {
        void fetch(long generation, int pageNo);
    }

    private final Map<Integer, List<QueueRow>> pages = new LinkedHashMap<>(32, 0.75f, true);
    private final Set<Integer> inFlight = new HashSet<>();
    private final Fetcher fetcher;
    private final List<Runnable> pagesListeners = new ArrayList<>();
    private int size;
    private long generation;

    public PagedRows(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Hears that pages arrived or were replaced (the list itself reports only changes of its length). */
    public void addPagesListener(Runnable r) {
        pagesListeners.add(r);
    }

    public long generation() {
        return generation;
    }

    @Override
    public QueueRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int pageNo = index / PAGE;
        List<QueueRow> page = pages.get(pageNo);
        if (page == null) {
            request(pageNo);
            page = pages.get(pageNo); // there already when the fetch ran inline
            if (page == null) {
                return null;
            }
        }
        int at = index % PAGE;
        return at < page.size() ? page.get(at) : null;
    }

    /** The row if its page is loaded, without asking for it. */
    public QueueRow peek(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        List<QueueRow> page = pages.get(index / PAGE);
        int at = index % PAGE;
        return page == null || at >= page.size() ? null : page.get(at);
    }

    @Override
    public int size() {
        return size;
    }

    private void request(int pageNo) {
        if (inFlight.add(pageNo)) {
            fetcher.fetch(generation, pageNo);
        }
    }

    /** A new view: everything forgotten, the list now {@code total} long. */
    public void reset(long total) {
        generation++;
        pages.clear();
        inFlight.clear();
        int old = size;
        size = (int) Math.min(Integer.MAX_VALUE, total);
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, (QueueRow) null));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    /**
     * The same view after a change: the list is now {@code total} long and holds {@code fresh} pages (others
     * are dropped and will be asked for again). The table keeps its scroll position and cursor.
     */
    public void replaceAll(long total, Map<Integer, List<QueueRow>> fresh) {
        generation++;
        pages.clear();
        inFlight.clear();
        pages.putAll(fresh);
        int old = size;
        size = (int) Math.min(Integer.MAX_VALUE, total);
        if (size != old) {
            beginChange();
            if (size < old) {
                nextRemove(size, Collections.nCopies(old - size, (QueueRow) null));
            } else {
                nextAdd(old, size);
            }
            endChange();
        }
        pagesListeners.forEach(Runnable::run);
    }

    /** A page asked for has come back; dropped when the view changed meanwhile. */
    public void pageArrived(long forGeneration, int pageNo, List<QueueRow> rows) {
        if (forGeneration != generation) {
            return;
        }
        inFlight.remove(pageNo);
        pages.put(pageNo, rows);
        Iterator<Integer> eldest = pages.keySet().iterator();
        while (pages.size() > MAX_PAGES && eldest.hasNext()) {
            Integer k = eldest.next();
            if (k != pageNo) {
                eldest.remove();
            }
        }
        pagesListeners.forEach(Runnable::run);
    }

    /** The page numbers held now (most recently used last). */
    public List<Integer> cachedPages() {
        return new ArrayList<>(pages.keySet());
    }

    /**
     * Where the row is among the loaded rows; -1 if it is not loaded. The table looks its selected row up
     * this way whenever the whole list changes: a search through {@link #get} would read every page.
     */
    @Override
    public int indexOf(Object o) {
        for (Map.Entry<Integer, List<QueueRow>> e : pages.entrySet()) {
            int at = e.getValue().indexOf(o);
            if (at >= 0) {
                return e.getKey() * PAGE + at;
            }
        }
        return -1;
    }

    /** The same as {@link #indexOf(Object)}: a comment is in a view once. */
    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** Where {@code rowId} is among the loaded rows, searching outwards from {@code near}; -1 if not loaded. */
    public int indexOf(long rowId, int near) {
        for (Map.Entry<Integer, List<QueueRow>> e : pages.entrySet()) {
            List<QueueRow> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).rowId() == rowId) {
                    return e.getKey() * PAGE + i;
                }
            }
        }
        return -1;
    }
}
