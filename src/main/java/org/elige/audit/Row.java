package org.elige.audit;

/**
 * One record of the log as stored: its place in the chain ({@code seq}, starting at 1), the entry,
 * the previous record's hash and its own.
 */
public record Row(long seq, Entry entry, String prevHash, String recordHash) {}
