package org.elige.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes of the chain. A record's {@code content_hash} is SHA-256 of its fields
 * ({@link Entry#computedHash()}); its {@code record_hash} is SHA-256 of
 * {@code seq "\n" prev_hash "\n" content_hash}, and the next record's {@code prev_hash} is that
 * record hash. Changing, inserting, removing or moving a record therefore breaks the chain at it.
 */
public final class Hashes {
    /** The {@code prev_hash} of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private Hashes() {}

    public static String sha256(String text) {
        return HexFormat.of().formatHex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new SHA-256 digest (every JVM has one). */
    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chain link of record {@code seq}. */
    public static String record(long seq, String prevHash, String contentHash) {
        return sha256(seq + "\n" + prevHash + "\n" + contentHash);
    }
}
