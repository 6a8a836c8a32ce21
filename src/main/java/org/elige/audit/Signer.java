package org.elige.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * An office's Ed25519 private key, loaded with {@link Keys#signer}, and its key id: signs the
 * checkpoints a keyed {@link DecisionLog} writes. Its text form names the key id only.
 */
public final class Signer {
    private final PrivateKey key;
    private final String keyId;

    Signer(PrivateKey key, String keyId) {
        this.key = key;
        this.keyId = keyId;
    }

    /** The first 16 hex digits of SHA-256 of the public key's DER encoding. */
    public String keyId() {
        return keyId;
    }

    /** The base64 Ed25519 signature of {@code text} in UTF-8. */
    String sign(String text) {
        try {
            Signature s = Signature.getInstance(Keys.ALGORITHM);
            s.initSign(key);
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot sign with key " + keyId + ": " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public String toString() {
        return "Signer[key " + keyId + "]";
    }
}
