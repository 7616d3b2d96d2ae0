package crosscheck.claims.scoring;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reading the gzipped binary files of this package: a magic number and a version, then the file's own content. */
final class BinaryFiles {
    private BinaryFiles() {
    }

    /**
     * {@code gzipped} opened past its header, which must hold {@code magic} and {@code version}.
     *
     * @param what the kind of file, for the messages ("word-vector file")
     */
    static DataInputStream openChecked(InputStream gzipped, int magic, int version, String what) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gzipped, 1 << 16), 1 << 16));
        if (in.readInt() != magic) {
            throw new IOException("not a " + what + " (bad magic number)");
        }
        int found = in.readInt();
        if (found != version) {
            throw new IOException("unsupported " + what + " version " + found + "; expected " + version);
        }
        return in;
    }
}
