package org.ohtpathway.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * act_ru_task"): each execution of a prepared statement, and each row added to a batch; and the
 * transactions that write by the application's own tables they write (those not the engine's
 * {@code act_} tables), so that a transaction of the engine's alone is told from one that also
 * keeps a record.
 */
final class CountingDataSource extends DelegatingDataSource {

  /** The kind of a statement and the first table it names: "update t", or "select|insert|delete ... from|into t". */
  private static final Pattern TABLE = Pattern.compile("^(?:(update)\\s+|(select|insert|delete)\\b.*?\\b(?:from|into)\\s+)"
      + "\"?(?:[a-z0-9_]+\"?\\.\"?)?([a-z0-9_]+)", Pattern.DOTALL);

  /** What a transaction that writes none of the application's tables is counted as. */
  static final String ENGINE_ONLY = "(the engine's tables only)";

  private final AtomicLong writes = new AtomicLong();
  private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> transactionsByTables = new ConcurrentHashMap<>();

  CountingDataSource(DataSource target) {
    super(target);
  }

  long transactions() {
    return writes.get();
  }

  /** The statements run so far, by kind and table. */
  Map<String, Long> statements() {
    return sums(statements);
  }

  /** The transactions that wrote so far, by the application's tables each wrote ("a, b", or {@link #ENGINE_ONLY}). */
  Map<String, Long> transactionsByTables() {
    return sums(transactionsByTables);
  }

  private static Map<String, Long> sums(Map<String, LongAdder> counters) {
    Map<String, Long> counted = new TreeMap<>();
    counters.forEach((key, count) -> counted.put(key, count.sum()));
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
    Set<String> applicationTables = new TreeSet<>();
    InvocationHandler handler = (proxy, method, arguments) -> {
      switch (method.getName()) {
        case "prepareStatement" -> {
          String statement = statement(arguments[0]);
          if (writes(arguments[0])) {
            wrote[0] = true;
            String table = statement.substring(statement.indexOf(' ') + 1);
            if (!table.startsWith("act_")) {
              applicationTables.add(table);
            }
          }
          return counting((PreparedStatement) invoke(connection, method, arguments), statement);
        }
        case "prepareCall" -> wrote[0] |= writes(arguments[0]);
        case "commit" -> {
          if (wrote[0]) {
            writes.incrementAndGet();
            transactionsByTables.computeIfAbsent(applicationTables.isEmpty() ? ENGINE_ONLY
                : String.join(", ", applicationTables), key -> new LongAdder()).increment();
          }
          wrote[0] = false;
          applicationTables.clear();
        }
        case "rollback" -> {
          wrote[0] = false;
          applicationTables.clear();
        }
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
