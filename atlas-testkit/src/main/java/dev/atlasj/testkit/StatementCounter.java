package dev.atlasj.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every SQL statement executed through a JDBC connection, for tests that hold code to a number of
 * round trips (an inspection that reads each kind of object once, whatever the number of tables).
 *
 * <pre>{@code
 * StatementCounter counter = new StatementCounter();
 * try (Connection c = counter.wrap(db.connect())) {
 *     inspector.inspect(c, options);
 * }
 * assertThat(counter.executed()).hasSize(11);
 * }</pre>
 */
public final class StatementCounter {

    private final List<String> executed = new ArrayList<>();

    /** {@code connection}, seen through this counter: statements it creates record what they execute. */
    public Connection wrap(Connection connection) {
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
    public List<String> executed() {
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
