package org.elige.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** What the files holding the log's secrets (a signing key, a database password) must be: their owner's alone, as ssh wants. */
final class Secrets {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE);

    private Secrets() {}

    /** Whether group or others may read or write {@code file} (never on a file system without POSIX permissions). */
    static boolean othersMay(Path file) {
        try {
            return Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
