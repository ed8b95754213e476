package fr.lillemetropole.bnm.internal.api;

import java.lang.reflect.Proxy;

import org.apache.sling.testing.mock.sling.junit5.SlingContext;

import fr.lillemetropole.bnm.internal.directory.Directory;
import fr.lillemetropole.bnm.internal.faq.FaqEditorial;
import fr.lillemetropole.bnm.internal.group.WorkingGroups;
import fr.lillemetropole.bnm.internal.repository.TestServiceSessions;

/** The services the API servlet references, for tests that register only those they exercise. */
final class ApiServletServices {

    private ApiServletServices() {}

    /** Registers every service of the servlet a test did not register itself: inert fakes, real empty services. */
    static void complete(SlingContext context) {
        for (Class<?> type : new Class<?>[] {fr.lillemetropole.bnm.api.account.Accounts.class,
                fr.lillemetropole.bnm.api.dossier.Dossiers.class, fr.lillemetropole.bnm.api.campaign.Campaigns.class,
                fr.lillemetropole.bnm.api.instruction.Instruction.class, fr.lillemetropole.bnm.internal.mail.Notifier.class,
                fr.lillemetropole.bnm.internal.flash.FlashWriter.class}) {
            if (context.getService(type) == null) {
                fake(context, type);
            }
        }
        if (context.getService(WorkingGroups.class) == null) {
            context.registerService(WorkingGroups.class, new WorkingGroups(null));
        }
        if (context.getService(FaqEditorial.class) == null) {
            context.registerService(FaqEditorial.class, new FaqEditorial(null));
        }
        if (context.getService(Directory.class) == null) {
            context.registerService(Directory.class, new Directory(new TestServiceSessions(context)));
        }
    }

    private static <T> void fake(SlingContext context, Class<T> type) {
        context.registerService(type, type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> "hashCode".equals(method.getName()) ? 1
                        : "equals".equals(method.getName()) ? proxy == args[0] : null)));
    }
}
