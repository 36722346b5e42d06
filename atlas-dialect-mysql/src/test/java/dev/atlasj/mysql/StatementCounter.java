package dev.atlasj.mysql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Wraps a JDBC connection in a proxy that records every SQL statement executed through it. */
final class StatementCounter {

    private final List<String> executed = new ArrayList<>();

    /** {@code connection}, seen through this counter. */
    Connection wrap(Connection connection) {
        return proxy(Connection.class, (method, args) -> {
            Object result = invoke(connection, method, args);
            if (result instanceof PreparedStatement prepared) {
                return wrap(PreparedStatement.class, prepared, (String) args[0]);
            }
            if (result instanceof Statement statement) {
                return wrap(Statement.class, statement, null);
            }
            return result;
        });
    }

    /** The statements executed so far, in order. */
    List<String> executed() {
        return List.copyOf(executed);
    }

    private <T extends Statement> T wrap(Class<T> type, T statement, String preparedSql) {
        return proxy(type, (method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.add(args != null && args.length > 0 ? (String) args[0] : preparedSql);
            }
            return invoke(statement, method, args);
        });
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> handler.handle(method, args)));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }
}
