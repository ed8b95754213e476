package fr.lillemetropole.bnm.internal.repository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a start-up task off the activation thread, so that activation never blocks the framework. */
public final class BackgroundTask {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** A unit of start-up work. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private BackgroundTask() {}

    public static Thread start(String name, Work work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.error("BNM start-up task {} failed", name, e);
            }
        }, "bnm-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
