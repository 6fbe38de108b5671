package dev.moddesk.triage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The trained linear model: one weight per hashed feature and a bias; a comment's log-odds of spam is the bias plus
 * the weighted sum of its features ({@link Training} says how the weights are learnt). Immutable once built, so any
 * number of threads may score with it.
 */
public final class SpamModel {
    private static final int MAGIC = 0x4d44534d; // "MDSM"
    /**
     * 3: the weights, then the {@link Vocabulary}. Earlier formats are refused and learnt again: 1 may have been
     * learnt from decisions of one kind alone (one of approved comments alone called everything fine), 2 had no
     * vocabulary.
     */
    private static final int FORMAT = 3;

    /** A bound for a damaged count: far more distinct words than millions of comments hold. */
    private static final int MOST_WORDS = 1 << 24;

    private final float[] weights;
    private final float bias;
    private final int examples;
    private final Vocabulary words;

    SpamModel(float[] weights, float bias, int examples, Vocabulary words) {
        if (weights.length != Features.DIMENSION) {
            throw new IllegalArgumentException("a model has " + Features.DIMENSION + " weights");
        }
        this.weights = weights;
        this.bias = bias;
        this.examples = examples;
        this.words = words;
    }

    /**
     * Learns from every one of the decided comments (their texts read on every core), however few of each kind; the
     * same examples in the same order always give the same model.
     */
    public static SpamModel train(List<Example> examples) {
        return examples.isEmpty() ? new Training(0).fit()
                : Triage.study(examples, i -> false, Long.MAX_VALUE).fit(1);
    }

    /** How many decided comments it learnt from. */
    public int examples() {
        return examples;
    }

    /** Which kind of the decisions it learnt from a word or phrase is typical of ({@link Vocabulary}). */
    Vocabulary.Lean lean(Object wordOrPhrase) {
        return words.lean(wordOrPhrase);
    }

    /** How many distinct words it learnt from. */
    int vocabularySize() {
        return words.size();
    }

    double bias() {
        return bias;
    }

    double weight(int index) {
        return weights[index];
    }

    /** The log-odds of spam from the features alone. */
    double logOdds(Features f) {
        double text = 0;
        for (int i = 0; i < f.textCount(); i++) {
            text += weights[f.index(i)];
        }
        double sum = bias + text * Features.textScale(f.textCount());
        for (int i = f.textCount(); i < f.size(); i++) {
            sum += weights[f.index(i)];
        }
        return sum;
    }

    /**
     * The model as bytes for the database: a header (magic, format, features version, dimension, examples, bias),
     * then deflated the weights (an untrained weight is 0, so small training sets give small blobs) and the
     * vocabulary (the decisions of each kind, the number of words, their hashes ascending, then how many spam and how
     * many approved decisions held each).
     */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(Analysis.FEATURES_VERSION);
            out.writeInt(weights.length);
            out.writeInt(examples);
            out.writeFloat(bias);
            java.nio.ByteBuffer raw = java.nio.ByteBuffer.allocate(weights.length * Float.BYTES);
            raw.asFloatBuffer().put(weights);
            DeflaterOutputStream packed = new DeflaterOutputStream(out);
            packed.write(raw.array());
            DataOutputStream vocabulary = new DataOutputStream(new BufferedOutputStream(packed, 1 << 16));
            vocabulary.writeInt(words.spamDecisions());
            vocabulary.writeInt(words.approvedDecisions());
            vocabulary.writeInt(words.size());
            for (int[] column : new int[][] {words.hashes(), words.spamCounts(), words.approvedCounts()}) {
                for (int v : column) {
                    vocabulary.writeInt(v);
                }
            }
            vocabulary.flush();
            packed.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads {@link #toBytes()}; throws IllegalArgumentException for anything else, including a model of another
     * format or feature version (then retrain from the decisions).
     */
    public static SpamModel fromBytes(byte[] b) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a ModDesk spam model");
            }
            int format = in.readInt();
            int features = in.readInt();
            if (format != FORMAT || features != Analysis.FEATURES_VERSION) {
                throw new IllegalArgumentException("a spam model of format " + format + " features " + features
                        + "; this version reads " + FORMAT + "/" + Analysis.FEATURES_VERSION + ": retrain");
            }
            int dimension = in.readInt();
            int examples = in.readInt();
            float bias = in.readFloat();
            if (dimension != Features.DIMENSION || examples < 0) {
                throw new IllegalArgumentException("a spam model of the wrong shape");
            }
            byte[] raw = new byte[dimension * Float.BYTES];
            DataInputStream packed = new DataInputStream(new BufferedInputStream(new InflaterInputStream(in), 1 << 16));
            packed.readFully(raw);
            float[] weights = new float[dimension];
            java.nio.ByteBuffer.wrap(raw).asFloatBuffer().get(weights);
            return new SpamModel(weights, bias, examples, vocabulary(packed));
        } catch (IOException e) {
            throw new IllegalArgumentException("a damaged spam model", e);
        }
    }

    private static Vocabulary vocabulary(DataInputStream in) throws IOException {
        int spamDecisions = in.readInt();
        int approvedDecisions = in.readInt();
        int words = in.readInt();
        if (spamDecisions < 0 || approvedDecisions < 0 || words < 0 || words > MOST_WORDS) {
            throw new IllegalArgumentException("a spam model of the wrong shape");
        }
        int[][] columns = new int[3][words];
        for (int[] column : columns) {
            for (int i = 0; i < words; i++) {
                column[i] = in.readInt();
            }
        }
        return new Vocabulary(columns[0], columns[1], columns[2], spamDecisions, approvedDecisions);
    }
}
