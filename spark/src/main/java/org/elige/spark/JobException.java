package org.elige.spark;

/** A job that cannot start or finish, with the exit code and the message a user reads. */
public final class JobException extends RuntimeException {
    private final int exitCode;

    public JobException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
