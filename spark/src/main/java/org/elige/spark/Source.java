package org.elige.spark;

import java.io.Serializable;

/**
 * One input record and where it came from.
 *
 * @param file     the input file
 * @param position in JSON Lines, the byte offset where the line starts (of the uncompressed text
 *                 for gzip); in a Parquet or ORC table, the row's index in its file, or -1
 * @param json     the record's bytes; null when the table's JSON column is null
 */
public record Source(String file, long position, byte[] json) implements Serializable {}
