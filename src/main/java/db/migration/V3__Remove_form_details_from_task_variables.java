package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.ohtpathway.process.PathwayVariables;

/**
 * Tasks created before forms computed their details when opened kept those details (a person's
 * name, date of birth, needs, contact details, ...) as task-local variables of the engine. This
 * removes, once, every task-local variable that the pathway does not declare, with its stored
 * value; declared ones (references such as a safeguarding concern's id) stay. A database
 * without the engine's tables yet has nothing to remove.
 */
public class V3__Remove_form_details_from_task_variables extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!hasTable(connection, "ACT_RU_VARIABLE")) {
      return;
    }
    List<String> declared = List.copyOf(PathwayVariables.NAMES);
    String undeclared = " from ACT_RU_VARIABLE where TASK_ID_ is not null and NAME_ not in ("
        + declared.stream().map(name -> "?").collect(Collectors.joining(", ")) + ")";
    List<String> values = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("select BYTEARRAY_ID_" + undeclared
        + " and BYTEARRAY_ID_ is not null")) {
      bind(select, declared);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    try (PreparedStatement delete = connection.prepareStatement("delete" + undeclared)) {
      bind(delete, declared);
      delete.executeUpdate();
    }
    try (PreparedStatement delete = connection.prepareStatement("delete from ACT_GE_BYTEARRAY where ID_ = ?")) {
      for (String value : values) {
        delete.setString(1, value);
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  private static void bind(PreparedStatement statement, List<String> names) throws SQLException {
    for (int i = 0; i < names.size(); i++) {
      statement.setString(i + 1, names.get(i));
    }
  }

  private static boolean hasTable(Connection connection, String table) throws SQLException {
    for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
      try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
