package org.elige.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One signed checkpoint: records {@code firstSeq} to {@code lastSeq} were appended by the holder of
 * key {@code keyId}, and the chain's record hash at {@code lastSeq} was {@code headHash}. The
 * signature is base64 Ed25519 over {@link #signed()}.
 */
public record Checkpoint(
        long firstSeq, long lastSeq, String headHash, String keyId, String signedAt, String signature) {
    static final String TABLE = "checkpoint";
    static final String COLUMNS = "last_seq, first_seq, head_hash, key_id, signed_at, signature";

    /** Signs records {@code first} to {@code last}, whose last record hash is {@code head}, now. */
    static Checkpoint sign(Signer signer, long first, long last, String head) {
        Checkpoint unsigned =
                new Checkpoint(first, last, head, signer.keyId(), Instant.now().toString(), null);
        return unsigned.withSignature(signer.sign(unsigned.signed()));
    }

    /** The text the signature is over, as UTF-8 bytes. */
    public String signed() {
        return "elige checkpoint 1\n" + firstSeq + "\n" + lastSeq + "\n" + headHash + "\n" + keyId + "\n" + signedAt;
    }

    Checkpoint withSignature(String s) {
        return new Checkpoint(firstSeq, lastSeq, headHash, keyId, signedAt, s);
    }

    /** The checkpoint on the current row of a query that selected {@link #COLUMNS}. */
    static Checkpoint read(java.sql.ResultSet r) throws SQLException {
        return new Checkpoint(
                r.getLong(2), r.getLong(1), r.getString(3), r.getString(4), r.getString(5), r.getString(6));
    }

    /** Inserts this checkpoint, in the transaction of the records it covers. */
    void insert(Connection c) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, lastSeq);
            p.setLong(2, firstSeq);
            p.setString(3, headHash);
            p.setString(4, keyId);
            p.setString(5, signedAt);
            p.setString(6, signature);
            p.executeUpdate();
        }
    }
}
