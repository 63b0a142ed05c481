package org.ohtpathway.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A data source that counts the transactions committed (and rolled back) on its connections. */
final class CountingDataSource extends DelegatingDataSource {

  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong rollbacks = new AtomicLong();

  CountingDataSource(DataSource target) {
    super(target);
  }

  long transactions() {
    return commits.get() + rollbacks.get();
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
    InvocationHandler handler = (proxy, method, arguments) -> {
      if (method.getName().equals("commit")) {
        commits.incrementAndGet();
      } else if (method.getName().equals("rollback") && (arguments == null || arguments.length == 0)) {
        rollbacks.incrementAndGet();
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
}
