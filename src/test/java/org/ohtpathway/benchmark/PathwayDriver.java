package org.ohtpathway.benchmark;

import java.util.Map;

/** What a benchmark walk needs of an engine: start a referral, complete its tasks, run due jobs. */
interface PathwayDriver {

  /** Starts a referral from the referral form, as a probation practitioner; returns its process instance id. */
  String start(Map<String, Object> referralForm);

  /**
   * Completes the one open task {@code taskKey} of the referral as {@code user}: with the form
   * staff fill in, or, where nothing records the form, with the variables the gateways need.
   */
  void complete(String processInstanceId, String taskKey, String user, Map<String, Object> form,
      Map<String, Object> gatewayVariables);

  /** Runs every job that is due (asynchronous steps, timers, emails), as the job executor would. */
  void runDueJobs();

  boolean ended(String processInstanceId);
}
