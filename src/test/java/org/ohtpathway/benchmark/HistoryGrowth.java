package org.ohtpathway.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ohtpathway.Pathway;
import org.ohtpathway.ReferralCopier;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.PathwayModel;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether what staff wait on grows with the service's history: the triage form (which shows
 * every trainer's open caseload) opened by a coordinator on an empty service, and again once
 * the service holds many closed referrals, all of them the demo trainer's, the trainer the
 * form offers.
 */
final class HistoryGrowth {

  /** Two rounds' medians are taken as settled when they differ by no more than this share. */
  static final double SETTLED = 0.05;
  static final int MAX_ROUNDS = 6;

  private final ProcessEngine engine;
  private final Pathway pathway;
  private final PrintStream out;
  private ProcessInstance waiting;

  HistoryGrowth(ProcessEngine engine, PrintStream out) {
    this.engine = engine;
    this.pathway = new Pathway(engine);
    this.out = out;
  }

  /** Refers a person whose referral waits for triage throughout; its form is the one timed. */
  void referOneToTriage() {
    waiting = pathway.refer();
  }

  /**
   * Opens the waiting referral's triage form as a coordinator in rounds of {@code repeats}
   * timings, each after ten times as many untimed openings, until a round's median is within
   * {@link #SETTLED} of the round before (at most {@link #MAX_ROUNDS} rounds), and returns the
   * last round. On an empty service the JVM has run little else: a first round's median was seen
   * 55 to 80% above a later one's, which would make the service look faster with history than
   * without.
   */
  Latencies timeTriageForm(String what, int repeats) {
    String task = pathway.task(waiting, PathwayModel.TASK_TRIAGE_AND_ALLOCATE).getId();
    Latencies round = timeRound(task, what + ", round 1", repeats);
    for (int number = 2; number <= MAX_ROUNDS; number++) {
      Latencies next = timeRound(task, what + ", round " + number, repeats);
      boolean settled = Math.abs(next.percentile(50) / round.percentile(50) - 1) <= SETTLED;
      round = next;
      if (settled) {
        break;
      }
    }
    return round;
  }

  private Latencies timeRound(String task, String what, int repeats) {
    FormService forms = engine.getFormService();
    Latencies latencies = new Latencies();
    int warmUp = Math.max(100, 10 * repeats);
    ProgressBar progress = new ProgressBar(out, what, warmUp + repeats);
    pathway.as(DemoUsers.COORDINATOR, () -> {
      for (int i = 0; i < warmUp; i++) {
        forms.getTaskFormVariables(task);
        progress.step(i + 1);
      }
      for (int i = 0; i < repeats; i++) {
        latencies.time(() -> forms.getTaskFormVariables(task).size());
        progress.step(warmUp + i + 1);
      }
      return null;
    });
    out.printf(Locale.ROOT, "%s: median %s%n", what, Latencies.millis(latencies.percentile(50)));
    return latencies;
  }

  /**
   * Copies the closed referrals walked so far until the service holds {@code closed} of them;
   * returns how many it holds.
   */
  long closeUpTo(int closed, JdbcTemplate jdbc) {
    String waitingInstance = waiting.getId();
    List<Long> templates = jdbc.queryForList("select id from referral where process_instance_id <> ?"
        + " and id in (select referral_id from pathway_exit) order by id desc", Long.class, waitingInstance);
    long have = closedReferrals(jdbc);
    if (have < closed && !templates.isEmpty()) {
      ProgressBar progress = new ProgressBar(out, "Closed referrals", closed);
      List<Long> some = templates.subList(0, Math.min(7, templates.size()));
      long copies = closed - have;
      new ReferralCopier(jdbc).copy(some, (int) copies);
      progress.step(closed);
    }
    return closedReferrals(jdbc);
  }

  private static long closedReferrals(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from referral where id in (select referral_id from pathway_exit)",
        Long.class);
  }
}
