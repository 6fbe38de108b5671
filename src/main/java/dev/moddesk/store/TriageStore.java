package dev.moddesk.store;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Status;
import dev.moddesk.core.Verdict;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the triage reads and writes: the comments it learns from (decided approved or spam) and those it scores
 * (pending), the verdicts, the trained model and the prints of decided texts. Reads go on a connection of their own
 * (the pending comments one row in memory at a time, the decisions whole but without the texts not asked for);
 * writes go through the writer.
 */
public final class TriageStore {
    /**
     * A comment as the triage sees it: its row id, the comment, where it stands now and its verdict so far ({@code
     * score} null: none yet).
     */
    public record Row(long id, Comment comment, Status status, Double score, List<String> reasons) {
        /** Whether {@code v} says what the saved verdict says (to a thousandth of the score). */
        public boolean hasVerdict(Verdict v) {
            return score != null && Math.abs(score - v.score()) < 0.0005 && reasons.equals(v.reasons());
        }
    }

    private static final String COLUMNS = "c.id, " + CommentColumns.COLUMNS + ", c.status, c.score, c.reasons";

    private final Database db;

    public TriageStore(Database db) {
        this.db = db;
    }

    /**
     * A decided comment as a triage run that may know its text already reads it: the author's fields, whether it was
     * marked spam, its kept {@code print} of the version asked for (null: none) and its {@code content} only where
     * the run asked for it (else null).
     */
    public record Decided(long id, boolean spam, String author, String email, String url, String ip, String agent,
                          CommentType type, String content, Print print) {
    }

    /** A print of a decided text: the key of its exact text and its signature (null: nothing to compare). */
    public record Print(long exact, int[] signature) {
    }

    /** A print to keep, worked out from {@code content}. */
    public record PrintOf(long commentId, String content, Print print) {
    }

    /** Which decided comments a run wants the text of: by position, newest first, and whether a print is kept. */
    public interface TextWanted {
        boolean wanted(int index, boolean printed);
    }

    /**
     * The newest {@code limit} comments decided approved or spam with their kept prints of {@code printVersion},
     * reading the text only of those {@code text} asks for; stops when {@code each} returns false. The approved and
     * the spam are each read in date order from the status index and merged, so SQLite sorts nothing and each text
     * wanted is read with its row (sorting them all by date, then looking the texts up by id a few hundred at a time,
     * took a second read of the texts wanted and most of the time of reading them).
     */
    public void eachDecided(int limit, int printVersion, TextWanted text, Predicate<Decided> each) {
        List<Decided> decided = new ArrayList<>();
        try (Connection c = db.openReader();
             DecidedInDateOrder approved = new DecidedInDateOrder(c, Status.APPROVED, printVersion);
             DecidedInDateOrder spam = new DecidedInDateOrder(c, Status.SPAM, printVersion)) {
            for (DecidedInDateOrder next = DecidedInDateOrder.newer(approved, spam);
                 next != null && decided.size() < limit; next = DecidedInDateOrder.newer(approved, spam)) {
                decided.add(next.take(text.wanted(decided.size(), next.printed())));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the decided comments: " + Database.explain(e), e);
        }
        for (Decided d : decided) {
            if (!each.test(d)) {
                return;
            }
        }
    }

    /**
     * The comments of one status, newest first (by date, then id), a row at a time: the current row's id, date and
     * kept print are read once, as it comes, for the merge to compare and the run to ask about.
     */
    private static final class DecidedInDateOrder implements AutoCloseable {
        private final PreparedStatement ps;
        private final ResultSet rs;
        private final boolean spam;
        private boolean onRow;
        private long id;
        private long date;
        private Print print;

        DecidedInDateOrder(Connection c, Status status, int printVersion) throws SQLException {
            ps = c.prepareStatement("SELECT c.id, c.date_gmt, c.author, c.email, c.url, c.ip, c.agent, c.type, "
                    + "t.exact, t.signature, c.content FROM comments c LEFT JOIN triage_texts t "
                    + "ON t.comment_id = c.id AND t.version = ? WHERE c.status = ? "
                    + "ORDER BY c.date_gmt DESC, c.id DESC");
            ps.setInt(1, printVersion);
            ps.setString(2, status.word());
            rs = ps.executeQuery();
            spam = status == Status.SPAM;
            advance();
        }

        private void advance() throws SQLException {
            onRow = rs.next();
            if (onRow) {
                id = rs.getLong(1);
                date = rs.getLong(2);
                long exact = rs.getLong(9);
                print = rs.wasNull() ? null : new Print(exact, signature(rs.getBytes(10)));
            }
        }

        /** The stream whose row comes first (the newer), or null when both are done. */
        static DecidedInDateOrder newer(DecidedInDateOrder a, DecidedInDateOrder b) {
            if (!a.onRow || !b.onRow) {
                return a.onRow ? a : b.onRow ? b : null;
            }
            return a.date > b.date || a.date == b.date && a.id > b.id ? a : b;
        }

        boolean printed() {
            return print != null;
        }

        /** The row (with its text when {@code withText}), and on to the next. */
        Decided take(boolean withText) throws SQLException {
            Decided d = new Decided(id, spam, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), CommentType.fromSite(rs.getString(8)), withText ? rs.getString(11) : null, print);
            advance();
            return d;
        }

        @Override
        public void close() throws SQLException {
            try (ps) {
                rs.close();
            }
        }
    }

    /**
     * Prints handed to SQLite at a time: the driver holds a batch's parameters until it runs, and the first triage of
     * a 100,000-comment database keeps 88,000 prints while its model is fitted beside it.
     */
    static final int PRINTS_PER_BATCH = 2_000;

    /**
     * Keeps {@code prints} as of {@code version}, in one transaction on the writer: each only while its comment still
     * has the content it was worked out from (an edit since then would leave it stale).
     */
    public void savePrints(List<PrintOf> prints, int version) {
        Connection c = db.writer();
        Transactions.inTransaction(c, "cannot keep the triage's prints", () -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO triage_texts "
                    + "(comment_id, version, exact, signature) SELECT ?1, ?2, ?3, ?4 "
                    + "WHERE EXISTS (SELECT 1 FROM comments WHERE id = ?1 AND content = ?5)")) {
                // in row order: each insert then appends to the table, and each check of the text reads the next
                // comments (the decisions come newest first: 0.40 s instead of 0.51-0.65 s for 88,000 prints);
                // the sort is stable, so of two prints of one comment the last given is still the one kept
                List<PrintOf> inRowOrder = new ArrayList<>(prints);
                inRowOrder.sort(Comparator.comparingLong(PrintOf::commentId));
                int batched = 0;
                for (PrintOf p : inRowOrder) {
                    ps.setLong(1, p.commentId());
                    ps.setInt(2, version);
                    ps.setLong(3, p.print().exact());
                    ps.setBytes(4, bytes(p.print().signature()));
                    ps.setString(5, p.content());
                    ps.addBatch();
                    if (++batched % PRINTS_PER_BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static byte[] bytes(int[] signature) {
        if (signature == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(signature.length * Integer.BYTES);
        b.asIntBuffer().put(signature);
        return b.array();
    }

    private static int[] signature(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        int[] signature = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
        return signature;
    }

    /**
     * Which comments the newest {@code limit} decisions are and how each went, one row at a time and without their
     * text (cheap: it tells whether anything changed since the model learned).
     */
    public void eachDecision(int limit, DecisionSeen each) {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement("SELECT c.id, c.status = 'spam' "
                + "FROM comments c WHERE c.status IN ('approved', 'spam') ORDER BY c.date_gmt DESC, c.id DESC LIMIT "
                + limit)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.seen(rs.getLong(1), rs.getInt(2) == 1);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the decisions: " + Database.explain(e), e);
        }
    }

    /** One decision: the comment's row id and whether it was spam. */
    public interface DecisionSeen {
        void seen(long id, boolean spam);
    }

    /** The name and email of every comment approved, each pair once (as stored: fold the case as needed). */
    public void eachApprovedAuthor(java.util.function.BiConsumer<String, String> each) {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT author, email FROM comments WHERE status = 'approved'")) {
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the approved authors: " + Database.explain(e), e);
        }
    }

    /** Whether the database holds any comment. */
    public boolean anyComments() {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM comments)"); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot count the comments: " + Database.explain(e), e);
        }
    }

    /** Whether any print of {@code version} is kept. */
    public boolean anyPrints(int version) {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM triage_texts WHERE version = ?)")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the triage's prints: " + Database.explain(e), e);
        }
    }

    /**
     * How many comments are decided approved or spam, counting up to {@code limit} (cheaper than {@link
     * #eachDecision}: no sorting).
     */
    public int countDecisions(int limit) {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM "
                + "(SELECT 1 FROM comments WHERE status IN ('approved', 'spam') LIMIT ?)")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the decisions: " + Database.explain(e), e);
        }
    }

    /** Whether some pending comment has no verdict yet. */
    public boolean anyUnscoredPending() {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM comments WHERE status = 'pending' AND score IS NULL)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot read the scores: " + Database.explain(e), e);
        }
    }

    /** The decisions hash of the saved model, if there is one. */
    public java.util.OptionalLong modelDecisions() {
        try (Connection c = db.openReader();
             PreparedStatement ps = c.prepareStatement("SELECT decisions FROM triage_model WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? java.util.OptionalLong.of(rs.getLong(1)) : java.util.OptionalLong.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read the spam model: " + Database.explain(e), e);
        }
    }

    /** Every pending comment ({@code unscoredOnly}: only those without a verdict); stops when {@code each} says so. */
    public void eachPending(boolean unscoredOnly, Predicate<Row> each) {
        stream("SELECT " + COLUMNS + " FROM comments c WHERE c.status = 'pending'"
                + (unscoredOnly ? " AND c.score IS NULL" : ""), each);
    }

    /**
     * Of the comments now approved and now spam, how many kept a score, and how many of those score at least
     * {@code threshold}: what the threshold would have caught among the decisions, since a verdict stays when its
     * comment is decided (a comment decided before it was ever scored has none).
     */
    public ScoresKept decidedScores(double threshold) {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(
                "SELECT (SELECT count(*) FROM comments WHERE status = 'approved' AND score IS NOT NULL), "
                        + "(SELECT count(*) FROM comments WHERE status = 'spam' AND score IS NOT NULL), "
                        + "(SELECT count(*) FROM comments WHERE status = 'approved' AND score >= ?1), "
                        + "(SELECT count(*) FROM comments WHERE status = 'spam' AND score >= ?1)")) {
            ps.setDouble(1, threshold);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ScoresKept(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the scores: " + Database.explain(e), e);
        }
    }

    /** See {@link #decidedScores}. */
    public record ScoresKept(long approvedScored, long spamScored, long approvedAtOrAbove, long spamAtOrAbove) {
    }

    /**
     * The row ids of the pending comments scoring at least {@code threshold} that no one has decided yet (nothing in
     * the audit log): a comment a moderator held or restored, or an undone auto-spam, stays as it was left.
     */
    public List<Long> undecidedAtOrAbove(double threshold) {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(
                "SELECT c.id FROM comments c WHERE c.status = 'pending' AND c.score >= ? "
                        + "AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.comment_id = c.id)")) {
            ps.setDouble(1, threshold);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("cannot read the scores: " + Database.explain(e), e);
        }
    }

    /** Writes {@code verdicts} (by comment row id) in one transaction. */
    public void saveVerdicts(Map<Long, Verdict> verdicts) {
        Connection c = db.writer();
        Transactions.inTransaction(c, "cannot save the spam scores", () -> {
            writeVerdicts(c, verdicts);
            return null;
        });
    }

    /** Writes {@code verdicts} (by the comments' ids) in the transaction open on {@code c}. */
    static void writeVerdicts(Connection c, Map<Long, Verdict> verdicts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE comments SET score = ?, reasons = ? WHERE id = ?")) {
            // in row order, so that neighbouring rows are written one after the other (the 13,013 verdicts of
            // a 100,000-comment import: 0.35 s, against 0.43-0.70 s in the map's order)
            for (Map.Entry<Long, Verdict> e : new TreeMap<>(verdicts).entrySet()) {
                ps.setDouble(1, e.getValue().score());
                ps.setString(2, ReasonsColumn.write(e.getValue().reasons()));
                ps.setLong(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A saved model and the decisions it learned from (their {@link #saveModel} hash). */
    public record SavedModel(byte[] model, long decisions) {
    }

    /** The model the last training saved, if any. */
    public Optional<SavedModel> model() {
        try (Connection c = db.openReader();
             PreparedStatement ps = c.prepareStatement("SELECT model, decisions FROM triage_model WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new SavedModel(rs.getBytes(1), rs.getLong(2))) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read the spam model: " + Database.explain(e), e);
        }
    }

    /** Replaces the saved model with {@code model}, trained on {@code examples} decisions that hash to {@code decisions}. */
    public void saveModel(byte[] model, int examples, long decisions) {
        Connection c = db.writer();
        Transactions.inTransaction(c, "cannot save the spam model", () -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO triage_model "
                    + "(id, trained_at, examples, decisions, model) VALUES (1, ?, ?, ?, ?)")) {
                ps.setLong(1, System.currentTimeMillis());
                ps.setInt(2, examples);
                ps.setLong(3, decisions);
                ps.setBytes(4, model);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private void stream(String sql, Predicate<Row> each) {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!each.test(row(rs))) {
                        return;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the comments to triage: " + Database.explain(e), e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        Comment comment = CommentColumns.read(rs, 2);
        double score = rs.getDouble(16);
        Double scoreOrNull = rs.wasNull() ? null : score;
        return new Row(rs.getLong(1), comment, Status.fromWord(rs.getString(15)).orElse(Status.PENDING), scoreOrNull,
                ReasonsColumn.read(rs.getString(17)));
    }
}
