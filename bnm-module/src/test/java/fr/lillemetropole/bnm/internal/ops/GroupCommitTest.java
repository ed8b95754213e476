package fr.lillemetropole.bnm.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void everyCallerWaitsForAFlushThatStartedAfterItAndConcurrentCallersShareOne() throws Exception {
        AtomicLong clock = new AtomicLong();
        List<long[]> flushes = new CopyOnWriteArrayList<>();
        AtomicInteger count = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            long start = clock.incrementAndGet();
            count.incrementAndGet();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            flushes.add(new long[] {start, clock.incrementAndGet()});
            return true;
        });
        int callers = 12;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<long[]> calls = new CopyOnWriteArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    long calledAt = clock.incrementAndGet();
                    assertTrue(group.await());
                    calls.add(new long[] {calledAt, clock.incrementAndGet()});
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(thread);
            thread.start();
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(callers, calls.size());
        for (long[] call : calls) {
            assertTrue(flushes.stream().anyMatch(f -> f[0] > call[0] && f[1] < call[1]),
                    "a flush began after the call and ended before its return");
        }
        assertTrue(count.get() < callers, count.get() + " flushes for " + callers + " concurrent callers");
    }
}
