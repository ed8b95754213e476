package fr.lillemetropole.bnm.internal.ops;

import java.util.function.BooleanSupplier;

/**
 * Group commit: each caller needs a flush that started after its own writes were committed, and one
 * flush serves every caller that arrived before it started. Under concurrent autosaves, a few flushes
 * (each an fsync) serve many requests instead of one each.
 */
final class GroupCommit {

    private final BooleanSupplier flush;
    private final Object tickets = new Object();
    private final Object flushing = new Object();
    private long issued;
    private long covered;
    private boolean lastResult = true;

    GroupCommit(BooleanSupplier flush) {
        this.flush = flush;
    }

    /** Returns once a flush that started after this call has completed; answers whether it succeeded. */
    boolean await() {
        long ticket;
        synchronized (tickets) {
            ticket = ++issued;
        }
        synchronized (flushing) {
            if (covered >= ticket) {
                return lastResult;
            }
            long upTo;
            synchronized (tickets) {
                upTo = issued;
            }
            lastResult = flush.getAsBoolean();
            covered = upTo;
            return lastResult;
        }
    }
}
