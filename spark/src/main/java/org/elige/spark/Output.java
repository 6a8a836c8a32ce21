package org.elige.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The output folder: refused when it exists (unless overwriting), and the manifest written beside the tables. */
final class Output {
    private final Path root;
    private final FileSystem fs;

    private Output(Path root, FileSystem fs) {
        this.root = root;
        this.fs = fs;
    }

    /** Checks the folder before any work; with {@code overwrite}, removes what is there. */
    static Output prepare(String output, boolean overwrite, Configuration conf) throws IOException {
        Path root = new Path(output);
        FileSystem fs = root.getFileSystem(conf);
        if (fs.exists(root)) {
            if (!overwrite) {
                throw new JobException(
                        1, "output exists: " + output + " (give another path, or --overwrite to replace it)");
            }
            fs.delete(root, true);
        }
        return new Output(fs.makeQualified(root), fs);
    }

    String table(String name) {
        return new Path(root, name).toString();
    }

    void write(String name, String text) throws IOException {
        try (OutputStream out = fs.create(new Path(root, name), true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
