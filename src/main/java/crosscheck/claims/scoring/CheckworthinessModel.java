package crosscheck.claims.scoring;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * The trained parameters: the two hashed text models over the same features (check-worthy; factual, from ClaimBuster's
 * finer labels), each one weight per hash bucket and a bias, the second-stage blend over
 * {@link EvidenceFeatures}, the F1-optimal threshold for debate sentences, a line saying how it was trained, and the
 * sentence-vector model (one weight per {@link WordVectors} dimension and a bias; no weights when trained without
 * vectors) with the checksum of the vectors it learnt from. Stored gzipped: magic, format version, then the fields in
 * order. Immutable after construction; thread-safe.
 */
final class CheckworthinessModel {
    static final int MAGIC = 0x43435731; // "CCW1"
    static final int VERSION = 3;

    final int hashBits;
    final float[] textWeights;
    final double textBias;
    final float[] factualWeights;
    final double factualBias;
    final double blendBias;
    final double[] blendWeights;
    final double debateThreshold;
    final String provenance;
    final double[] vectorWeights;
    final double vectorBias;
    final long vectorsChecksum;

    CheckworthinessModel(int hashBits, float[] textWeights, double textBias, float[] factualWeights, double factualBias,
                         double blendBias, double[] blendWeights, double debateThreshold, String provenance,
                         double[] vectorWeights, double vectorBias, long vectorsChecksum) {
        if (textWeights.length != 1 << hashBits || factualWeights.length != 1 << hashBits) {
            throw new IllegalArgumentException("text weights must number 2^" + hashBits + ": " + textWeights.length
                    + " and " + factualWeights.length);
        }
        if (blendWeights.length != EvidenceFeatures.SIZE) {
            throw new IllegalArgumentException("blend weights must number " + EvidenceFeatures.SIZE + ": "
                    + blendWeights.length);
        }
        this.hashBits = hashBits;
        this.textWeights = textWeights;
        this.textBias = textBias;
        this.factualWeights = factualWeights;
        this.factualBias = factualBias;
        this.blendBias = blendBias;
        this.blendWeights = blendWeights;
        this.debateThreshold = debateThreshold;
        this.provenance = provenance;
        this.vectorWeights = vectorWeights;
        this.vectorBias = vectorBias;
        this.vectorsChecksum = vectorsChecksum;
    }

    /** Whether scoring needs the word vectors whose {@link WordVectors#checksum()} is {@link #vectorsChecksum}. */
    boolean usesVectors() {
        return vectorWeights.length > 0;
    }

    void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(provenance);
            out.writeInt(hashBits);
            out.writeDouble(textBias);
            for (float weight : textWeights) {
                out.writeFloat(weight);
            }
            out.writeDouble(factualBias);
            for (float weight : factualWeights) {
                out.writeFloat(weight);
            }
            out.writeDouble(blendBias);
            out.writeInt(blendWeights.length);
            for (int i = 0; i < blendWeights.length; i++) {
                out.writeUTF(EvidenceFeatures.NAMES.get(i));
                out.writeDouble(blendWeights[i]);
            }
            out.writeDouble(debateThreshold);
            out.writeInt(vectorWeights.length);
            for (double weight : vectorWeights) {
                out.writeDouble(weight);
            }
            out.writeDouble(vectorBias);
            out.writeLong(vectorsChecksum);
        }
    }

    static CheckworthinessModel read(InputStream gzipped) throws IOException {
        DataInputStream in = BinaryFiles.openChecked(gzipped, MAGIC, VERSION, "check-worthiness model");
        String provenance = in.readUTF();
        int bits = in.readInt();
        if (bits < 8 || bits > 26) {
            throw new IOException("implausible hash size 2^" + bits);
        }
        double textBias = in.readDouble();
        float[] weights = readWeights(in, bits);
        double factualBias = in.readDouble();
        float[] factualWeights = readWeights(in, bits);
        double blendBias = in.readDouble();
        int count = in.readInt();
        if (count != EvidenceFeatures.SIZE) {
            throw new IOException("model has " + count + " blend features; this code expects " + EvidenceFeatures.SIZE);
        }
        double[] blend = new double[count];
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            if (!name.equals(EvidenceFeatures.NAMES.get(i))) {
                throw new IOException("blend feature " + i + " is " + name + "; expected " + EvidenceFeatures.NAMES.get(i));
            }
            blend[i] = in.readDouble();
        }
        double threshold = in.readDouble();
        int dims = in.readInt();
        if (dims < 0 || dims > 4096) {
            throw new IOException("implausible word-vector size " + dims);
        }
        double[] vectorWeights = new double[dims];
        for (int i = 0; i < dims; i++) {
            vectorWeights[i] = in.readDouble();
        }
        double vectorBias = in.readDouble();
        long vectorsChecksum = in.readLong();
        return new CheckworthinessModel(bits, weights, textBias, factualWeights, factualBias, blendBias, blend, threshold,
                provenance, vectorWeights, vectorBias, vectorsChecksum);
    }

    private static float[] readWeights(DataInputStream in, int bits) throws IOException {
        float[] weights = new float[1 << bits];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readFloat();
        }
        return weights;
    }
}
