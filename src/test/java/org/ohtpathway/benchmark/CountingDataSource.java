package org.ohtpathway.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that counts the transactions that write: commits of a connection that has
 * prepared an insert, update or delete since its last commit or rollback. Read-only
 * transactions are left out, since one transaction manager commits them and another does not.
 * It also counts the statements run, by their kind and the first table they name ("select
 * act_ru_task"): each execution of a prepared statement, and each row added to a batch.
 */
final class CountingDataSource extends DelegatingDataSource {

  /** The kind of a statement and the first table it names: "update t", or "select|insert|delete ... from|into t". */
  private static final Pattern TABLE = Pattern.compile("^(?:(update)\\s+|(select|insert|delete)\\b.*?\\b(?:from|into)\\s+)"
      + "\"?(?:[a-z0-9_]+\"?\\.\"?)?([a-z0-9_]+)", Pattern.DOTALL);

  private final AtomicLong writes = new AtomicLong();
  private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();

  CountingDataSource(DataSource target) {
    super(target);
  }

  long transactions() {
    return writes.get();
  }

  /** The statements run so far, by kind and table. */
  Map<String, Long> statements() {
    Map<String, Long> counted = new TreeMap<>();
    statements.forEach((statement, count) -> counted.put(statement, count.sum()));
    return counted;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counting(super.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counting(super.getConnection(username, password));
  }

  private Connection counting(Connection connection) {
    boolean[] wrote = {false};
    InvocationHandler handler = (proxy, method, arguments) -> {
      switch (method.getName()) {
        case "prepareStatement" -> {
          wrote[0] |= writes(arguments[0]);
          return counting((PreparedStatement) invoke(connection, method, arguments), statement(arguments[0]));
        }
        case "prepareCall" -> wrote[0] |= writes(arguments[0]);
        case "commit" -> {
          if (wrote[0]) {
            writes.incrementAndGet();
          }
          wrote[0] = false;
        }
        case "rollback" -> wrote[0] = false;
        default -> { }
      }
      return invoke(connection, method, arguments);
    };
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
  }

  private PreparedStatement counting(PreparedStatement prepared, String statement) {
    LongAdder count = statements.computeIfAbsent(statement, key -> new LongAdder());
    InvocationHandler handler = (proxy, method, arguments) -> {
      switch (method.getName()) {
        case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch" -> count.increment();
        default -> { }
      }
      return invoke(prepared, method, arguments);
    };
    return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** "select act_ru_task": the statement's kind and the first table it names. */
  static String statement(Object sql) {
    String statement = String.valueOf(sql).strip().toLowerCase(Locale.ROOT);
    Matcher table = TABLE.matcher(statement);
    return table.find() ? (table.group(1) != null ? table.group(1) : table.group(2)) + " " + table.group(3)
        : statement.split("\\s+", 2)[0] + " (other)";
  }

  private static boolean writes(Object sql) {
    String statement = String.valueOf(sql).stripLeading().toLowerCase(Locale.ROOT);
    return statement.startsWith("insert") || statement.startsWith("update") || statement.startsWith("delete");
  }
}
