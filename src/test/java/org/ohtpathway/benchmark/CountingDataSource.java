package org.ohtpathway.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that counts the transactions that write: commits of a connection that has
 * prepared an insert, update or delete since its last commit or rollback. Read-only
 * transactions are left out, since one transaction manager commits them and another does not.
 */
final class CountingDataSource extends DelegatingDataSource {

  private final AtomicLong writes = new AtomicLong();

  CountingDataSource(DataSource target) {
    super(target);
  }

  long transactions() {
    return writes.get();
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
        case "prepareStatement", "prepareCall" -> wrote[0] |= writes(arguments[0]);
        case "commit" -> {
          if (wrote[0]) {
            writes.incrementAndGet();
          }
          wrote[0] = false;
        }
        case "rollback" -> wrote[0] = false;
        default -> { }
      }
      try {
        return method.invoke(connection, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
  }

  private static boolean writes(Object sql) {
    String statement = String.valueOf(sql).stripLeading().toLowerCase(Locale.ROOT);
    return statement.startsWith("insert") || statement.startsWith("update") || statement.startsWith("delete");
  }
}
