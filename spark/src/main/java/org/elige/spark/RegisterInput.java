package org.elige.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * A register as records: JSON Lines (plain or gzip, a file or a folder of them) or a Parquet or
 * ORC table with one JSON column. Plain text is split by size so that every executor core gets
 * work ({@code --partition-mb} at most, and at least one split per core); a gzip file cannot be
 * split, so when there are fewer gzip files than cores their lines are spread over the cores once.
 */
public final class RegisterInput {
    private RegisterInput() {}

    /** The input's files and sizes, read before anything runs. */
    public record Files(List<String> paths, List<Long> sizes, long bytes) {}

    /** What was read and how it was split. */
    public record Opened(JavaRDD<Source> records, Files files, int partitions, boolean spread) {}

    /** Lists the input's files; throws a usage error when there are none. */
    public static Files list(String input, Configuration conf) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
            throw new JobException(1, "input not found: " + input);
        }
        List<String> paths = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        long bytes = 0;
        for (FileStatus s : matched) {
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(s.getPath(), true);
            while (files.hasNext()) {
                LocatedFileStatus f = files.next();
                String name = f.getPath().getName();
                if (!name.startsWith("_") && !name.startsWith(".")) {
                    paths.add(f.getPath().toString());
                    sizes.add(f.getLen());
                    bytes += f.getLen();
                }
            }
        }
        if (paths.isEmpty() || bytes == 0) {
            throw new JobException(2, "input is empty (no records): " + input);
        }
        return new Files(paths, sizes, bytes);
    }

    /**
     * @param format     {@code jsonl}, {@code parquet} or {@code orc}
     * @param jsonColumn the column holding each record as JSON text (tables only)
     */
    public static Opened open(
            SparkSession spark, String input, Files files, String format, String jsonColumn, long partitionBytes) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = Math.max(1, sc.defaultParallelism());
        if (!format.equals("jsonl")) {
            return table(spark, input, files, format, jsonColumn, cores);
        }
        Configuration conf = new Configuration(sc.hadoopConfiguration());
        long split = Math.max(1 << 20, Math.min(partitionBytes, (files.bytes() + cores - 1) / cores));
        conf.setLong("mapreduce.input.fileinputformat.split.maxsize", split);
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        conf.set("mapreduce.input.fileinputformat.inputdir", String.join(",", escaped(files.paths())));
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                sc.newAPIHadoopRDD(conf, TextInputFormat.class, LongWritable.class, Text.class);
        JavaRDD<Source> records = lines.mapPartitionsWithInputSplit(RegisterInput::records, true);
        int partitions = records.getNumPartitions();
        boolean spread = partitions < cores;
        if (spread) {
            // gzip: one task per file; deciding costs far more than moving the lines once
            records = records.repartition(cores);
        }
        return new Opened(records, files, records.getNumPartitions(), spread);
    }

    private static List<String> escaped(List<String> paths) {
        return paths.stream().map(p -> p.replace(",", "\\,")).toList();
    }

    private static Iterator<Source> records(
            org.apache.hadoop.mapreduce.InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
        String file = ((FileSplit) split).getPath().toString();
        return new Iterator<>() {
            private Source next = advance();

            private Source advance() {
                while (lines.hasNext()) {
                    Tuple2<LongWritable, Text> line = lines.next();
                    byte[] bytes = Arrays.copyOf(line._2().getBytes(), line._2().getLength());
                    if (!blank(bytes)) {
                        int n = bytes.length;
                        return new Source(
                                file,
                                line._1().get(),
                                n > 0 && bytes[n - 1] == '\r' ? Arrays.copyOf(bytes, n - 1) : bytes);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Source next() {
                Source s = next;
                next = advance();
                return s;
            }
        };
    }

    /** Blank as the core's batch reads it: spaces, tabs and carriage returns only. */
    private static boolean blank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static Opened table(
            SparkSession spark, String input, Files files, String format, String jsonColumn, int cores) {
        if (jsonColumn == null) {
            throw new JobException(
                    1, "a " + format + " input needs --json-column NAME: the column holding each record");
        }
        Dataset<Row> table = spark.read().format(format).load(input);
        if (!Arrays.asList(table.columns()).contains(jsonColumn)) {
            throw new JobException(
                    1,
                    "no column " + jsonColumn + " in " + input + "; its columns: "
                            + String.join(", ", table.columns()));
        }
        boolean rowIndex = format.equals("parquet");
        Dataset<Row> picked = table.select(
                functions.col(jsonColumn).cast("string"),
                functions.col("_metadata.file_path"),
                rowIndex ? functions.col("_metadata.row_index") : functions.lit(-1L));
        JavaRDD<Source> records = picked.javaRDD()
                .map(r -> new Source(
                        r.getString(1),
                        r.isNullAt(2) ? -1 : r.getLong(2),
                        r.isNullAt(0) ? null : r.getString(0).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new Opened(records, files, records.getNumPartitions(), false);
    }
}
