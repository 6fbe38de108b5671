package dev.moddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Persists moderators' decisions: the comments' decisions, the outbox entries that carry them to the site, the
 * append-only audit log and the decision groups (the steps of undo). It reads what the decision rule needs and
 * writes the moves the rule worked out; it decides nothing itself. Everything of one step happens in one
 * transaction ({@link #write}).
 */
public final class ModerationStore {
    private final Database db;
    private final Connection c;

    public ModerationStore(Database db) {
        this.db = db;
        this.c = db.writer();
    }

    /** Runs {@code work} as one transaction on the writer: all of it or nothing ({@code what} names it in errors). */
    public <T> T write(String what, Function<DecisionStep, T> work) {
        DecisionStep step = new DecisionStep(c);
        T result = Transactions.inTransaction(c, what, () -> work.apply(step));
        db.madeHere(step.groupsMade());
        return result;
    }

    /** Whether decision group {@code group} was written by this process, through this database. */
    public boolean madeHere(long group) {
        return db.madeHere(group);
    }

    /** Whether there is a group to undo. */
    public boolean canUndo() {
        return read("cannot read the undo history", () -> new DecisionStep(c).lastUndoable().isPresent());
    }

    /** Whether there is an undo to redo. */
    public boolean canRedo() {
        return read("cannot read the undo history", () -> new DecisionStep(c).redoable().isPresent());
    }

    /** Row ids of the comments with these site comment ids; {@code siteUrl} null means any site. */
    public List<Long> findBySiteIds(String siteUrl, List<Long> remoteIds) {
        List<Long> out = new ArrayList<>();
        // Sites first (CROSS JOIN keeps that order), so each lookup uses the (site, id) index: the few sites
        // times one index probe instead of a scan of every comment per id.
        String sql = "SELECT c.id, s.base_url FROM sites s CROSS JOIN comments c ON c.site_id = s.id AND c.remote_id = ?"
                + (siteUrl == null ? "" : " WHERE s.base_url = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (long remote : remoteIds) {
                ps.setLong(1, remote);
                if (siteUrl != null) {
                    ps.setString(2, siteUrl);
                }
                List<String> sites = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                        sites.add(rs.getString(2));
                    }
                }
                if (sites.isEmpty()) {
                    throw new StoreException("no comment with id " + remote + (siteUrl == null ? "" : " on " + siteUrl));
                }
                if (sites.size() > 1) {
                    throw new StoreException("comment id " + remote + " exists on several sites (" + String.join(", ", sites)
                            + "); name one with --site");
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot find comments: " + Database.explain(e), e);
        }
    }

    private static <T> T read(String what, Transactions.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(what + ": " + Database.explain(e), e);
        } catch (Transactions.Failure e) {
            throw new StoreException(what + ": " + Database.explain(e.getCause()), e.getCause());
        }
    }
}
