package org.elige.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one try on its own thread and fails it when it takes longer than the campaign's deadline
 * (a generous bound: a normal try takes well under a second). A try that overruns is interrupted,
 * then stopped if it goes on (Java 17 still stops threads; later versions refuse, and the try is
 * left to finish on its daemon thread), so one runaway record does not go on eating a core and
 * the heap under the rest of the suite.
 */
final class Deadline {

    private Deadline() {}

    static <T> T within(String what, Callable<T> work) throws Exception {
        return within(what, 1, work);
    }

    /** As {@link #within(String, Callable)} for work worth {@code tries} single tries (a batch of many records). */
    static <T> T within(String what, int tries, Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, "elige-fuzz-try");
        t.setDaemon(true);
        t.start();
        int seconds = Campaign.deadlineSeconds() * Math.max(1, tries);
        try {
            return task.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            stop(t);
            throw new AssertionError(what + " took more than " + seconds + " s (-Delige.fuzz.deadline)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception x) {
                throw x;
            }
            throw new AssertionError(what + " failed with " + cause, cause);
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        t.interrupt();
        try {
            t.join(1000);
            if (t.isAlive()) {
                t.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException e) {
            // Java 20 and later: the try finishes on its own
        }
    }
}
