package io.postkamer.dialogs.testing;

import io.postkamer.mailbox.MailboxService;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/** A tenant some of whose calls take their time, as a busy Exchange's do: the pause comes before the call itself. */
public final class SlowTenant {
    /** What happens before a call reaches the tenant: a pause, progress told, a count. */
    @FunctionalInterface
    public interface Before {
        void call(Method method, Object[] args) throws InterruptedException;
    }

    private SlowTenant() {}

    public static MailboxService over(MailboxService tenant, Before before) {
        InvocationHandler slow = (proxy, method, args) -> {
            before.call(method, args);
            try {
                return method.invoke(tenant, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (MailboxService) Proxy.newProxyInstance(
                MailboxService.class.getClassLoader(), new Class<?>[] {MailboxService.class}, slow);
    }
}
