package org.ohtpathway.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ohtpathway.process.PathwayModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pseudonymised event log of the pathway, for process-mining and evaluation tools: one row
 * per completed step of the referrals received in a period, from the engine's history (its
 * activity instances). A step is a task (done by a person or by the engine), a boundary event
 * that fired (a reminder, an escalation, a withdrawal), and the pathway's start and end.
 * Gateways, sub-processes, notifications and steps cancelled unfinished are left out. Written as it is read, so that a
 * log of millions of events never sits in memory.
 */
@Component
class EventLog {

  static final List<String> COLUMNS = List.of("case_id", "activity", "activity_id", "timestamp", "role");

  private static final String STEPS = "'userTask', 'serviceTask', 'businessRuleTask', 'sendTask', 'scriptTask',"
      + " 'receiveTask', 'manualTask', 'boundaryMessage', 'boundaryTimer', 'boundarySignal', 'boundaryError',"
      + " 'boundaryEscalation', 'boundaryConditional'";

  /** Activity instances of the pathway that ended without being cancelled (state 2, by a withdrawal say). */
  private static final String QUERY = "select r.id as referral_id, a.PROC_DEF_ID_ as definition,"
      + " a.ACT_ID_ as activity_id, a.ACT_NAME_ as activity, a.END_TIME_ as ended from ACT_HI_ACTINST a"
      + " join referral r on r.process_instance_id = a.PROC_INST_ID_"
      + " where r.recorded_at >= ? and r.recorded_at < ? and a.PROC_DEF_KEY_ = ? and a.END_TIME_ is not null"
      + " and coalesce(a.ACT_INST_STATE_, 0) <> 2"
      + " and (a.ACT_TYPE_ in (" + STEPS + ") or (a.PARENT_ACT_INST_ID_ = a.PROC_INST_ID_"
      + " and (a.ACT_TYPE_ = 'startEvent' or a.ACT_TYPE_ like '%EndEvent')))"
      + " order by r.recorded_at, r.id, a.END_TIME_, a.SEQUENCE_COUNTER_";

  private static final DateTimeFormatter XES_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  /** One completed step. */
  record Event(String caseId, String activity, String activityId, Instant timestamp, String role) {
  }

  private final JdbcTemplate jdbc;
  private final StepRoles roles;

  EventLog(DataSource dataSource, StepRoles roles) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.jdbc.setFetchSize(1000);
    this.roles = roles;
  }

  @Transactional(readOnly = true)
  public void writeCsv(ReportPeriod period, Pseudonyms pseudonyms, Writer out) throws IOException {
    Csv csv = new Csv(out);
    csv.row(COLUMNS);
    each(period, pseudonyms, event -> {
      try {
        csv.row(List.of(event.caseId(), event.activity(), event.activityId(), event.timestamp().toString(),
            event.role()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    out.flush();
  }

  /** IEEE 1849 XES: a trace per case, an event per step with its name, time and role. */
  @Transactional(readOnly = true)
  public void writeXes(ReportPeriod period, Pseudonyms pseudonyms, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("log");
      xml.writeAttribute("xes.version", "1849.2016");
      xml.writeAttribute("xes.features", "");
      xml.writeDefaultNamespace("http://www.xes-standard.org/");
      extension(xml, "Concept", "concept");
      extension(xml, "Time", "time");
      extension(xml, "Organizational", "org");
      xml.writeStartElement("classifier");
      xml.writeAttribute("name", "Activity");
      xml.writeAttribute("keys", "concept:name");
      xml.writeEndElement();
      attribute(xml, "string", "concept:name", "OHT Pathway " + period.from() + " to " + period.to());
      String[] open = {null};
      each(period, pseudonyms, event -> {
        try {
          if (!event.caseId().equals(open[0])) {
            if (open[0] != null) {
              xml.writeEndElement();
            }
            xml.writeStartElement("trace");
            attribute(xml, "string", "concept:name", event.caseId());
            open[0] = event.caseId();
          }
          xml.writeStartElement("event");
          attribute(xml, "string", "concept:name", event.activity());
          attribute(xml, "string", "org:role", event.role());
          attribute(xml, "date", "time:timestamp", XES_TIME.format(event.timestamp().atOffset(ZoneOffset.UTC)));
          xml.writeEndElement();
        } catch (XMLStreamException e) {
          throw new IllegalStateException(e);
        }
      });
      if (open[0] != null) {
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("The event log could not be written as XES", e);
    }
  }

  private void each(ReportPeriod period, Pseudonyms pseudonyms, Consumer<Event> sink) {
    jdbc.query(QUERY, row -> {
      String activityId = row.getString("activity_id");
      String name = row.getString("activity");
      sink.accept(new Event(pseudonyms.caseId(row.getLong("referral_id")), name != null ? name : activityId,
          activityId, row.getTimestamp("ended").toInstant(), roles.roleOf(row.getString("definition"), activityId)));
    }, OffsetDateTime.ofInstant(period.start(), ZoneOffset.UTC), OffsetDateTime.ofInstant(period.end(), ZoneOffset.UTC),
        PathwayModel.PROCESS_PATHWAY);
  }

  private static void extension(XMLStreamWriter xml, String name, String prefix) throws XMLStreamException {
    xml.writeEmptyElement("extension");
    xml.writeAttribute("name", name);
    xml.writeAttribute("prefix", prefix);
    xml.writeAttribute("uri", "http://www.xes-standard.org/" + prefix + ".xesext");
  }

  private static void attribute(XMLStreamWriter xml, String type, String key, String value)
      throws XMLStreamException {
    xml.writeEmptyElement(type);
    xml.writeAttribute("key", key);
    xml.writeAttribute("value", value);
  }
}
