package org.elige.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.elige.input.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The tokens file ({@code {"tokens": [{name, role, sha256, created_at}]}}): creating and revoking
 * tokens for the CLI, and checking a presented token for the server. The server rereads the file
 * when it changes, so a revocation takes effect at once; an unreadable file accepts no token.
 */
public final class TokenStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path file;
    private volatile List<TokenEntry> entries = List.of();
    private volatile Object seen;

    public TokenStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** A new random token for {@code name}, stored by its hash; the token itself is returned once. */
    public synchronized String create(String name, Role role) throws IOException {
        List<TokenEntry> all = new ArrayList<>(read());
        if (all.stream().anyMatch(t -> t.name().equals(name))) {
            throw new IllegalArgumentException("a token named '" + name + "' exists; revoke it first");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "elige_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        all.add(new TokenEntry(name, role, sha256(token), Instant.now()));
        write(all);
        return token;
    }

    /** Removes the token of that name: false when there was none. */
    public synchronized boolean revoke(String name) throws IOException {
        List<TokenEntry> all = new ArrayList<>(read());
        boolean removed = all.removeIf(t -> t.name().equals(name));
        if (removed) {
            write(all);
        }
        return removed;
    }

    /** The stored tokens (hashes, roles, names), as the file says now. */
    public List<TokenEntry> list() throws IOException {
        return read();
    }

    /** The entry whose hash matches the presented token, or null. */
    public TokenEntry find(String token) {
        refresh();
        byte[] hash = sha256(token).getBytes(StandardCharsets.US_ASCII);
        TokenEntry match = null;
        for (TokenEntry t : entries) {
            if (MessageDigest.isEqual(hash, t.sha256().getBytes(StandardCharsets.US_ASCII))) {
                match = t;
            }
        }
        return match;
    }

    /** Rereads the file if it changed since the last look; an unreadable file leaves no valid token. */
    private void refresh() {
        try {
            Object now = version();
            if (now == null || !now.equals(seen)) {
                entries = read();
                seen = now;
            }
        } catch (IOException | RuntimeException e) {
            entries = List.of();
            seen = null;
        }
    }

    /** Changes whenever the file is rewritten: each write moves a new file (a new inode) into place. */
    private Object version() throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size());
    }

    private List<TokenEntry> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            JsonNode root = Json.READER.readTree(Files.readAllBytes(file));
            List<TokenEntry> out = new ArrayList<>();
            for (JsonNode t : root.path("tokens")) {
                out.add(new TokenEntry(
                        t.path("name").asString(),
                        Role.valueOf(t.path("role").asString()),
                        t.path("sha256").asString(),
                        Instant.parse(t.path("created_at").asString())));
            }
            return out;
        } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new IOException(file + ": not a tokens file: " + e.getMessage(), e);
        }
    }

    private void write(List<TokenEntry> all) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".tokens", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's permissions apply
        }
        Files.write(tmp, Json.PRETTY.writeValueAsBytes(Map.of("tokens", all)));
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
