package fr.lillemetropole.bnm.internal.ops;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the repository's last commits to disk now rather than at Oak's next periodic flush.
 * <p>
 * Oak 1.42's segment store keeps its head revision in memory and writes it to {@code journal.log} every 5 seconds
 * (FileStore's "TarMK flush" task): a portal killed in between (power cut, OOM killer, {@code kill -9}) comes back
 * without the commits of those seconds, although they were acknowledged. {@code FileStore.flush()} writes the
 * pending segments, syncs the tar file and appends the head to the journal. Oak exports no API for it: the store is
 * reached through the {@code SegmentStoreProvider} service that oak-segment-tar registers (from a private package),
 * by reflection on public methods. When that is not possible (another node store, another Oak) the portal runs as
 * before and this says so once in the log.
 */
@Component(service = SegmentStoreFlush.class)
public class SegmentStoreFlush {

    static final String PROVIDER = "org.apache.jackrabbit.oak.segment.SegmentStoreProvider";
    private static final Logger LOG = LoggerFactory.getLogger(SegmentStoreFlush.class);

    private final AtomicBoolean warned = new AtomicBoolean();
    private final GroupCommit group = new GroupCommit(this::flush);
    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    /**
     * Returns once everything committed before this call is on disk: concurrent callers share one flush
     * (group commit). False (logged once) when there is no segment store to flush.
     */
    public boolean flushCommitted() {
        return group.await();
    }

    /** Flushes the segment store; false (logged once) when there is none to flush. */
    public boolean flush() {
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(PROVIDER, null);
        } catch (InvalidSyntaxException | IllegalStateException e) {
            return unavailable(e.toString());
        }
        if (references == null || references.length == 0) {
            return unavailable("no " + PROVIDER + " service");
        }
        Object provider = context.getService(references[0]);
        if (provider == null) {
            return unavailable("the segment store provider went away");
        }
        try {
            Class<?> type = provider.getClass().getClassLoader().loadClass(PROVIDER);
            Object store = type.getMethod("getSegmentStore").invoke(provider);
            store.getClass().getMethod("flush").invoke(store);
            return true;
        } catch (InvocationTargetException e) {
            LOG.error("Could not flush the segment store", e.getCause());
            return false;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return unavailable(e.toString());
        } finally {
            context.ungetService(references[0]);
        }
    }

    private boolean unavailable(String why) {
        if (warned.compareAndSet(false, true)) {
            LOG.warn("Writes are not flushed to disk at once ({}): Oak flushes them within 5 seconds", why);
        }
        return false;
    }
}
