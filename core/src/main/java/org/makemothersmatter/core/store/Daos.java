package org.makemothersmatter.core.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.HandleSupplier;

/**
 * DAOs attached to a handle once, rather than once per call as Jdbi's on-demand DAOs are: attaching builds a
 * handler for each of the DAO's methods, which costs more than the query a page asks. A call made while the
 * thread holds a handle (a transaction, {@link Transactions#reading}, a page being rendered) goes to the DAO
 * attached to that handle on its first call, and so joins its transaction; a call outside one opens a handle
 * of its own, as an on-demand DAO does.
 */
public final class Daos {

    private Daos() {
    }

    public static <T> T of(Jdbi jdbi, Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Attached<>(jdbi,
                type)));
    }

    private static final class Attached<T> implements InvocationHandler {

        private final Jdbi jdbi;
        private final Class<T> type;
        private final Map<Handle, T> byHandle = new ConcurrentHashMap<>();

        Attached(Jdbi jdbi, Class<T> type) {
            this.jdbi = jdbi;
            this.type = type;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " attached to each handle";
                };
            }
            HandleSupplier held = jdbi.getHandleScope().get();
            if (held != null) {
                return call(held.getHandle(), method, args);
            }
            return jdbi.withHandle(handle -> call(handle, method, args));
        }

        private Object call(Handle handle, Method method, Object[] args) throws Exception {
            T dao = byHandle.computeIfAbsent(handle, h -> {
                h.addCleanable(() -> byHandle.remove(h));
                return h.attach(type);
            });
            try {
                return method.invoke(dao, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw (Exception) e.getCause();
            }
        }
    }
}
