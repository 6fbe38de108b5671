package dev.moddesk.triage;

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
     * 2: the same bytes as 1, but never learnt from decisions of one kind alone; a model of format 1 may have been
     * (one of approved comments alone called everything fine), so it is refused and learnt again.
     */
    private static final int FORMAT = 2;

    private final float[] weights;
    private final float bias;
    private final int examples;

    SpamModel(float[] weights, float bias, int examples) {
        if (weights.length != Features.DIMENSION) {
            throw new IllegalArgumentException("a model has " + Features.DIMENSION + " weights");
        }
        this.weights = weights;
        this.bias = bias;
        this.examples = examples;
    }

    /**
     * Learns from every one of the decided comments (their texts read on every core); the same examples in the same
     * order always give the same model.
     */
    public static SpamModel train(List<Example> examples) {
        return examples.isEmpty() ? new Training(0).fit()
                : Triage.study(examples, i -> false, Long.MAX_VALUE).fit();
    }

    /** How many decided comments it learnt from. */
    public int examples() {
        return examples;
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
     * then the weights deflated (an untrained weight is 0, so small training sets give small blobs).
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
            new DataInputStream(new InflaterInputStream(in)).readFully(raw);
            float[] weights = new float[dimension];
            java.nio.ByteBuffer.wrap(raw).asFloatBuffer().get(weights);
            return new SpamModel(weights, bias, examples);
        } catch (IOException e) {
            throw new IllegalArgumentException("a damaged spam model", e);
        }
    }
}
