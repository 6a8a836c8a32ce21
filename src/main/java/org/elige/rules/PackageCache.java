package org.elige.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled DRL packages kept on disk, each under the hash of its own files (paths and text) and
 * of the engine that compiled it. A process that loads unchanged rules reads them back in a few
 * hundred milliseconds instead of parsing and compiling for seconds; a package whose files
 * changed has another key, so an entry is never stale, and after an edit only the edited
 * package is compiled again. Entries are written whole or not at all (a temporary file moved
 * into place); one that cannot be read is compiled again and replaced.
 *
 * <p>Where: {@code $ELIGE_CACHE} (or the system property {@code elige.cache}), else
 * {@code ~/.cache/elige}; {@code off} turns it off. Entries are Java-serialised Drools packages:
 * the folder must be writable by its user only, like any cache of code.
 */
final class PackageCache {
    /** Changes when the entry layout changes; part of every key. */
    private static final String FORMAT =
            "elige-packages/1 " + RuleSet.ENGINE + " java " + Runtime.version().feature();

    /** What is kept of a compiled package: the packages and the compiler's warnings on its files. */
    record Entry(List<KiePackage> packages, List<Warning> warnings) implements Serializable {}

    /** A compiler warning, its file relative to the rules folder (the folder is shown as the caller names it). */
    record Warning(String file, int line, int column, String message) implements Serializable {
        Diagnostic in(String dir) {
            return Diagnostic.warning(dir + "/" + file, line, column, message);
        }
    }

    private static final String PACKAGES = "packages";
    private final Path root;

    private PackageCache(Path root) {
        this.root = root;
    }

    /** A cache that keeps nothing. */
    static final PackageCache NONE = new PackageCache(null);

    /** The cache named by the environment, or one that keeps nothing. */
    static PackageCache fromEnvironment() {
        String where = System.getProperty("elige.cache", System.getenv("ELIGE_CACHE"));
        if (where == null || where.isBlank()) {
            where = Path.of(System.getProperty("user.home"), ".cache", "elige").toString();
        }
        return where.equals("off") ? NONE : new PackageCache(Path.of(where));
    }

    /** A cache under this folder (entries in its {@code packages} folder). */
    static PackageCache at(Path dir) {
        return new PackageCache(dir);
    }

    /** The key of a package: its files (relative path and text, in path order) and {@link #FORMAT}. */
    static String key(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            files.forEach((path, text) -> {
                sha.update((byte) 0);
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entry under this key, or null when there is none or it cannot be read. */
    Entry get(String key) {
        return get(PACKAGES, key, Entry.class);
    }

    /** Stores a compiled package's entry. */
    void put(String key, byte[] entry) {
        put(PACKAGES, key, entry);
    }

    private <T> T get(String kind, String key, Class<T> type) {
        if (root == null) {
            return null;
        }
        Path file = root.resolve(kind).resolve(key + ".bin");
        try {
            return Files.isRegularFile(file) ? type.cast(read(Files.readAllBytes(file))) : null;
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Stores an entry's bytes; a cache that cannot be written is only slower, never an error. */
    private void put(String kind, String key, byte[] bytes) {
        if (root == null) {
            return;
        }
        Path dir = root.resolve(kind);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(
                        tmp,
                        dir.resolve(key + ".bin"),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            // read-only home, full disk: the rules were compiled; the next process compiles them again
        }
    }

    static byte[] write(Object entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Object read(byte[] bytes) throws IOException {
        try (ObjectInputStream in =
                new DroolsObjectInputStream(new ByteArrayInputStream(bytes), PackageCache.class.getClassLoader())) {
            return in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }
}
