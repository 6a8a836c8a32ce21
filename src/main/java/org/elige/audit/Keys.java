package org.elige.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.model.Messages;

/**
 * The office's Ed25519 keys as PEM files openssl reads: the private key as PKCS#8 ({@code BEGIN
 * PRIVATE KEY}, readable by its owner only), the public key as SubjectPublicKeyInfo ({@code BEGIN
 * PUBLIC KEY}). Ed25519 rather than a shared secret (HMAC): auditors verify with the public key,
 * which cannot sign, whereas with HMAC whoever can verify could also forge. A key's id is the first
 * 16 hex digits of SHA-256 of its public key's DER encoding. No message here ever shows key bytes.
 */
public final class Keys {
    static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";
    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private Keys() {}

    /** The files {@link #generate} wrote and the new key's id. */
    public record Written(Path privateKey, Path publicKey, String keyId) {}

    /**
     * Makes a new key pair: {@code out} (the private key, created rw------- in one step) and {@code
     * out.pub}; refuses when either exists, never overwriting a key.
     */
    public static Written generate(Path out) throws IOException {
        Path pub = publicFile(out);
        for (Path p : new Path[] {out, pub}) {
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new KeyException(Messages.text("keys.exists", p.toString()));
            }
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new KeyException(Messages.text("keys.no_folder", out.toString()));
        }
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no " + ALGORITHM, e);
        }
        try {
            create(out, pem(PRIVATE, pair.getPrivate().getEncoded()), true);
        } catch (FileAlreadyExistsException e) {
            throw new KeyException(Messages.text("keys.exists", out.toString()));
        } catch (AccessDeniedException e) {
            throw new KeyException(Messages.text("keys.cannot_create", out.toString()));
        }
        try {
            create(pub, pem(PUBLIC, pair.getPublic().getEncoded()), false);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(out);
            throw new KeyException(Messages.text("keys.exists", pub.toString()));
        }
        return new Written(out, pub, keyId(pair.getPublic()));
    }

    /** Where {@link #generate} puts the public key of {@code privateKey}. */
    public static Path publicFile(Path privateKey) {
        return privateKey.resolveSibling(privateKey.getFileName() + ".pub");
    }

    private static void create(Path file, String text, boolean secret) throws IOException {
        boolean posix = file.toAbsolutePath().getParent() != null
                && Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix");
        FileAttribute<?>[] attributes = secret && posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Files.createFile(file, attributes);
        try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            o.write(text.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** The id of a public key: the first 16 hex digits of SHA-256 of its DER encoding. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The signing key in {@code file}: refused when the file is missing, is not a PEM Ed25519
     * private key (saying what it holds instead), or can be read or written by group or others.
     */
    public static Signer signer(Path file) {
        String text = read(file);
        byte[] der = block(file, text, PRIVATE, "keys.not_private");
        ownerOnly(file);
        PrivateKey key;
        try {
            key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new KeyException(
                    Messages.text("keys.not_private", file.toString(), Messages.text("keys.found.other_private")));
        }
        return new Signer(key, keyId(publicOf(key)));
    }

    /** The public key in {@code file}: refused when missing or not a PEM Ed25519 public key. */
    public static PublicKey publicKey(Path file) {
        String text = read(file);
        byte[] der = block(file, text, PUBLIC, "keys.not_public");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new KeyException(
                    Messages.text("keys.not_public", file.toString(), Messages.text("keys.found.other_public")));
        }
    }

    /**
     * The public key of an Ed25519 private key: the JDK derives a key pair from the 32 bytes it draws
     * as the private key, so handing it exactly this key's bytes gives this key's pair.
     */
    static PublicKey publicOf(PrivateKey key) {
        byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
        SecureRandom replay = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
        };
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(ALGORITHM);
            g.initialize(255, replay);
            KeyPair pair = g.generateKeyPair();
            if (!java.util.Arrays.equals(pair.getPrivate().getEncoded(), key.getEncoded())) {
                throw new IllegalStateException("cannot derive the public key of an " + ALGORITHM + " key");
            }
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            java.util.Arrays.fill(seed, (byte) 0);
        }
    }

    private static String read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new KeyException(Messages.text("keys.folder", file.toString()));
            }
            return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new KeyException(Messages.text("keys.missing", file.toString()));
        } catch (AccessDeniedException e) {
            throw new KeyException(Messages.text("keys.denied", file.toString()));
        } catch (IOException e) {
            throw new KeyException(Messages.text("keys.unreadable", file.toString()));
        }
    }

    /** Refuses a private key file that group or others may read or write (POSIX file systems only). */
    private static void ownerOnly(Path file) {
        if (Secrets.othersMay(file)) {
            String shown;
            try {
                shown = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
            } catch (IOException e) {
                shown = "?";
            }
            throw new KeyException(Messages.text("keys.open", file.toString(), shown));
        }
    }

    /** The DER bytes of the one PEM block of {@code type} in the file, or what the file holds instead, in words. */
    private static byte[] block(Path file, String text, String type, String refusal) {
        Matcher m = BLOCK.matcher(text);
        String found;
        if (text.isBlank()) {
            found = "keys.found.empty";
        } else if (!m.find()) {
            found = "keys.found.no_pem";
        } else if (m.group(1).equals(type)) {
            try {
                return Base64.getMimeDecoder().decode(m.group(2));
            } catch (IllegalArgumentException e) {
                found = "keys.found.bad_base64";
            }
        } else {
            throw new KeyException(
                    Messages.text(refusal, file.toString(), Messages.text("keys.found.block", m.group(1))));
        }
        throw new KeyException(Messages.text(refusal, file.toString(), Messages.text(found)));
    }
}
