package org.ohtpathway;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes many referrals out of a few real ones, for the benchmarks: copies every row of the
 * template referrals, in the stage tables, the case's read model and the engine's history (and,
 * for open referrals, in the engine's runtime tables), with new ids, so that a hundred thousand referrals cost
 * minutes rather than days of walking through the engine. Closed referrals have their dates
 * moved on by a number of days; open ones keep theirs and can be given to other trainers.
 */
public final class ReferralCopier {

  /** A table, and which of its rows belong to the template referrals (the ids go in for ?). */
  record Table(String name, String templateRows) {
  }

  static final List<Table> TABLES = List.of(
      new Table("person", "id in (select person_id from referral where id in (?))"),
      new Table("referral", "id in (?)"),
      new Table("referral_progress", "referral_id in (?)"),
      new Table("reached_milestone", "referral_id in (?)"),
      new Table("referral_need", "referral_id in (?)"),
      new Table("consent", "referral_id in (?)"),
      new Table("eligibility_decision", "referral_id in (?)"),
      new Table("priority_suggestion", "referral_id in (?)"),
      new Table("allocation", "referral_id in (?)"),
      new Table("contact_attempt", "referral_id in (?)"),
      new Table("assessment", "referral_id in (?)"),
      new Table("assessment_topic", "assessment_id in (select id from assessment where referral_id in (?))"),
      new Table("health_plan", "referral_id in (?)"),
      new Table("goal", "plan_id in (select id from health_plan where referral_id in (?))"),
      new Table("plan_revision", "plan_id in (select id from health_plan where referral_id in (?))"),
      new Table("support_session", "referral_id in (?)"),
      new Table("session_goal_progress",
          "support_session_id in (select id from support_session where referral_id in (?))"),
      new Table("onward_referral", "referral_id in (?)"),
      new Table("follow_up", "onward_referral_id in (select id from onward_referral where referral_id in (?))"),
      new Table("review", "referral_id in (?)"),
      new Table("pathway_exit", "referral_id in (?)"),
      new Table("exit_goal_outcome", "exit_id in (select id from pathway_exit where referral_id in (?))"),
      new Table("exit_measure_not_collected", "exit_id in (select id from pathway_exit where referral_id in (?))"),
      new Table("exit_summary", "referral_id in (?)"),
      new Table("acknowledgement", "referral_id in (?)"),
      new Table("withdrawal", "referral_id in (?)"),
      new Table("consent_withdrawal", "referral_id in (?)"),
      new Table("anonymous_record", "referral_id in (?)"),
      new Table("notification", "referral_id in (?)"),
      new Table("ACT_HI_PROCINST", "PROC_INST_ID_ in (select process_instance_id from referral where id in (?))"),
      new Table("ACT_HI_ACTINST", "PROC_INST_ID_ in (select process_instance_id from referral where id in (?))"),
      new Table("ACT_HI_TASKINST", "PROC_INST_ID_ in (select process_instance_id from referral where id in (?))"));

  private static final String INSTANCES = "(select process_instance_id from referral where id in (?))";
  private static final String TASKS = "(select ID_ from ACT_RU_TASK where PROC_INST_ID_ in " + INSTANCES + ")";

  /**
   * The rows of an open referral beyond its records and its case: the engine's runtime rows,
   * where it is, its tasks, timers, variables, permissions.
   */
  static final List<Table> RUNTIME = List.of(
      new Table("ACT_RU_EXECUTION", "PROC_INST_ID_ in " + INSTANCES),
      new Table("ACT_RU_TASK", "PROC_INST_ID_ in " + INSTANCES),
      new Table("ACT_RU_IDENTITYLINK", "TASK_ID_ in " + TASKS),
      new Table("ACT_RU_VARIABLE", "PROC_INST_ID_ in " + INSTANCES),
      new Table("ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_ in " + INSTANCES),
      new Table("ACT_RU_JOB", "PROCESS_INSTANCE_ID_ in " + INSTANCES),
      new Table("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ in " + TASKS + " or RESOURCE_ID_ in " + INSTANCES),
      new Table("ACT_HI_VARINST", "PROC_INST_ID_ in " + INSTANCES));

  /** The engine's text ids, made unique by a suffix. */
  private static final Set<String> ENGINE_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
      "PARENT_ACT_INST_ID_", "TASK_ID_", "CALL_PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "BUSINESS_KEY_",
      "ACT_INST_ID_", "PARENT_TASK_ID_", "PARENT_ID_", "SUPER_EXEC_", "VAR_SCOPE_", "RESOURCE_ID_",
      "PROCESS_INSTANCE_ID_");
  private static final Set<String> TEXT_IDS = Set.of("PROCESS_INSTANCE_ID", "PATHWAY_INSTANCE_ID");

  private final JdbcTemplate jdbc;

  public ReferralCopier(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds {@code count} closed referrals, the i-th a copy of template {@code i % templates.size()},
   * its dates moved on by {@code (i / templates) % 365} days. Returns the rows written.
   */
  public long copy(List<Long> templates, int count) {
    return copy(TABLES, templates, count, new Copies(true, null, copy -> null), copied -> { });
  }

  /**
   * Adds {@code count} open referrals, copies of the templates as they are now; wherever a
   * template names {@code trainer}, the i-th copy names {@code trainerOfCopy.apply(i)}.
   * {@code progress} hears the share of the work done, from 0 to 1. Returns the rows written.
   */
  public long copyOpen(List<Long> templates, int count, String trainer, IntFunction<String> trainerOfCopy,
      DoubleConsumer progress) {
    List<Table> tables = new ArrayList<>(TABLES);
    tables.addAll(RUNTIME);
    return copy(tables, templates, count, new Copies(false, trainer, trainerOfCopy), progress);
  }

  /** How copies differ from their template besides their ids. */
  private record Copies(boolean moveDates, String trainer, IntFunction<String> trainerOfCopy) {
    Object trainerOf(Object value, int index) {
      return trainer != null && trainer.equals(value) ? trainerOfCopy.apply(index) : value;
    }
  }

  private long copy(List<Table> tables, List<Long> templates, int count, Copies copies, DoubleConsumer progress) {
    String ids = templates.stream().map(String::valueOf).collect(Collectors.joining(","));
    long stride = maxDomainId() + 1;
    long written = 0;
    for (int i = 0; i < tables.size(); i++) {
      written += copyTable(tables.get(i), ids, templates, count, stride, copies);
      progress.accept((i + 1.0) / tables.size());
    }
    return written;
  }

  private long copyTable(Table table, String ids, List<Long> templates, int count, long stride, Copies copies) {
    List<String> columns = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    Map<Long, List<Object[]>> byTemplate = new TreeMap<>();
    String referralColumn = referralColumn(table);
    jdbc.query("select t.*, " + referralColumn + " as template_referral from " + table.name() + " t where "
        + table.templateRows().replace("?", ids), row -> {
          ResultSetMetaData meta = row.getMetaData();
          if (columns.isEmpty()) {
            for (int i = 1; i < meta.getColumnCount(); i++) {
              columns.add(meta.getColumnName(i).toUpperCase());
              types.add(meta.getColumnType(i));
            }
          }
          Object[] values = new Object[columns.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = row.getObject(i + 1);
          }
          byTemplate.computeIfAbsent(row.getLong("template_referral"), id -> new ArrayList<>()).add(values);
        });
    if (columns.isEmpty()) {
      return 0;
    }
    if (columns.contains("PARENT_ID_")) {
      byTemplate.values().forEach(rows -> parentsFirst(rows, columns.indexOf("ID_"), columns.indexOf("PARENT_ID_")));
    }
    String insert = "insert into " + table.name() + " (" + String.join(", ", columns) + ") values ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    List<Object[]> batch = new ArrayList<>();
    long written = 0;
    for (int i = 0; i < count; i++) {
      long template = templates.get(i % templates.size());
      int copy = i / templates.size() + 1;
      for (Object[] values : byTemplate.getOrDefault(template, List.of())) {
        batch.add(moved(table, columns, types, values, copy, stride, copies, i));
      }
      if (batch.size() >= 5000) {
        jdbc.batchUpdate(insert, batch);
        written += batch.size();
        batch.clear();
      }
    }
    jdbc.batchUpdate(insert, batch);
    return written + batch.size();
  }

  private static Object[] moved(Table table, List<String> columns, List<Integer> types, Object[] values, int copy,
      long stride, Copies copies, int index) {
    Object[] moved = values.clone();
    int days = copies.moveDates() ? copy % 365 : 0;
    boolean engine = table.name().startsWith("ACT_");
    String variable = engine && columns.contains("NAME_") ? (String) values[columns.indexOf("NAME_")] : null;
    for (int i = 0; i < moved.length; i++) {
      Object value = copies.trainerOf(moved[i], index);
      moved[i] = value;
      String column = columns.get(i);
      if (value == null || value != values[i]) {
        continue;
      }
      if ("referralId".equals(variable) && column.equals("LONG_")) {
        moved[i] = ((Number) value).longValue() + copy * stride;
      } else if ("referralId".equals(variable) && column.equals("TEXT_")) {
        moved[i] = String.valueOf(Long.parseLong(value.toString()) + copy * stride);
      } else if (value instanceof Timestamp timestamp) {
        moved[i] = Timestamp.valueOf(timestamp.toLocalDateTime().plusDays(days));
      } else if (value instanceof OffsetDateTime time) {
        moved[i] = time.plusDays(days);
      } else if (value instanceof Date date) {
        moved[i] = Date.valueOf(date.toLocalDate().plusDays(days));
      } else if (value instanceof java.time.LocalDate date) {
        moved[i] = date.plusDays(days);
      } else if (engine ? ENGINE_IDS.contains(column) : TEXT_IDS.contains(column)) {
        moved[i] = copyOf(value.toString(), copy);
      } else if (!engine && column.equals("REFERENCE")) {
        moved[i] = "B" + copy + "-" + value.toString().substring(value.toString().length() - 6);
      } else if (!engine && isNumber(types.get(i)) && (column.equals("ID") || column.endsWith("_ID"))) {
        moved[i] = ((Number) value).longValue() + copy * stride;
      }
    }
    return moved;
  }

  /** Orders a referral's executions so that each comes after its parent, as the foreign keys need. */
  private static void parentsFirst(List<Object[]> rows, int id, int parent) {
    Map<Object, Object[]> byId = new java.util.HashMap<>();
    rows.forEach(row -> byId.put(row[id], row));
    rows.sort(java.util.Comparator.comparingInt(row -> {
      int depth = 0;
      for (Object[] at = row; at[parent] != null && byId.containsKey(at[parent]); at = byId.get(at[parent])) {
        depth++;
      }
      return depth;
    }));
  }

  /** The same new id wherever the old one appears, and no longer than the engine's 64 characters. */
  private static String copyOf(String id, int copy) {
    String copied = id + "-" + copy;
    return copied.length() <= 64 ? copied
        : UUID.nameUUIDFromBytes(copied.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static boolean isNumber(int type) {
    return type == Types.BIGINT || type == Types.INTEGER || type == Types.NUMERIC || type == Types.DECIMAL;
  }

  /** How a table's rows lead back to their referral. */
  private static String referralColumn(Table table) {
    return switch (table.name()) {
      case "person" -> "(select r.id from referral r where r.person_id = t.id)";
      case "referral" -> "t.id";
      case "assessment_topic" -> "(select a.referral_id from assessment a where a.id = t.assessment_id)";
      case "goal", "plan_revision" -> "(select p.referral_id from health_plan p where p.id = t.plan_id)";
      case "session_goal_progress" -> "(select s.referral_id from support_session s where s.id = t.support_session_id)";
      case "follow_up" -> "(select o.referral_id from onward_referral o where o.id = t.onward_referral_id)";
      case "exit_goal_outcome", "exit_measure_not_collected" ->
          "(select e.referral_id from pathway_exit e where e.id = t.exit_id)";
      case "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_RU_EXECUTION",
          "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_EVENT_SUBSCR" ->
          "(select r.id from referral r where r.process_instance_id = t.PROC_INST_ID_)";
      case "ACT_RU_JOB" -> "(select r.id from referral r where r.process_instance_id = t.PROCESS_INSTANCE_ID_)";
      case "ACT_RU_IDENTITYLINK" -> "(select r.id from referral r join ACT_RU_TASK k"
          + " on k.PROC_INST_ID_ = r.process_instance_id where k.ID_ = t.TASK_ID_)";
      case "ACT_RU_AUTHORIZATION" -> "(select r.id from referral r where r.process_instance_id = t.RESOURCE_ID_"
          + " or r.process_instance_id = (select k.PROC_INST_ID_ from ACT_RU_TASK k where k.ID_ = t.RESOURCE_ID_))";
      default -> "t.referral_id";
    };
  }

  private long maxDomainId() {
    long max = 0;
    for (Table table : java.util.stream.Stream.concat(TABLES.stream(), RUNTIME.stream()).toList()) {
      if (!table.name().startsWith("ACT_") && hasColumn(table.name(), "ID")) {
        Long found = jdbc.queryForObject("select max(id) from " + table.name(), Long.class);
        max = Math.max(max, found == null ? 0 : found);
      }
    }
    Long referrals = jdbc.queryForObject("select max(referral_id) from anonymous_record", Long.class);
    return Math.max(max, referrals == null ? 0 : referrals);
  }

  private boolean hasColumn(String table, String column) {
    return !jdbc.queryForList("select column_name from information_schema.columns where upper(table_name) = ?"
        + " and upper(column_name) = ?", String.class, table.toUpperCase(), column).isEmpty();
  }
}
