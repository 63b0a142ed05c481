package org.ohtpathway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohtpathway.process.PathwayModel.*;

import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohtpathway.Pathway;
import org.ohtpathway.PathwayTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.process.ServiceClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The progress review that falls due 12 weeks after the plan, and every 12 weeks while support continues. */
@PathwayTest
class ScheduledReviewTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  Pathway pathway;

  @BeforeEach
  void setUp() {
    pathway = new Pathway(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date london(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ServiceClock.SERVICE_ZONE).toInstant());
  }

  Date reviewDue(ProcessInstance referral) {
    return management.createJobQuery().processInstanceId(referral.getId()).timers()
        .activityId(START_SCHEDULED_REVIEW_DUE).singleResult().getDuedate();
  }

  @Test
  void aReviewFallsDueTwelveWeeksAfterThePlanAndAgainTwelveWeeksLaterWhenSupportContinues() {
    ClockUtil.setCurrentTime(london("2027-01-04T10:00"));
    ProcessInstance referral = pathway.referToSessions(20);
    assertThat(reviewDue(referral)).isEqualTo(london("2027-03-29T09:00"));

    ClockUtil.setCurrentTime(london("2027-03-29T09:00:01"));
    pathway.runJobs();
    Task review = pathway.task(referral, TASK_SCHEDULED_REVIEW);
    assertThat(review.getAssignee()).isEqualTo(DemoUsers.TRAINER);
    assertThat(review.getDueDate()).as("five working days after Easter Monday").isEqualTo(london("2027-04-05T17:00"));
    assertThat(pathway.task(referral, TASK_RECORD_SUPPORT_SESSION)).as("sessions go on meanwhile").isNotNull();

    pathway.submit(review, DemoUsers.TRAINER, Pathway.reviewForm("CONTINUE", 4));
    assertThat(pathway.tasks(referral, TASK_SCHEDULED_REVIEW)).isEmpty();
    assertThat(pathway.task(referral, TASK_RECORD_SUPPORT_SESSION)).isNotNull();
    assertThat(reviewDue(referral)).as("every twelve weeks").isEqualTo(
        Date.from(london("2027-03-29T09:00").toInstant().plus(java.time.Duration.ofDays(84))));
  }

  @Test
  void aTwelveWeekReviewStillOpenTwelveWeeksLaterIsNotJoinedByASecond() {
    ClockUtil.setCurrentTime(london("2027-01-04T10:00"));
    ProcessInstance referral = pathway.referToSessions(20);
    ClockUtil.setCurrentTime(london("2027-03-29T09:00:01"));
    pathway.runJobs();
    assertThat(pathway.tasks(referral, TASK_SCHEDULED_REVIEW)).hasSize(1);

    ClockUtil.setCurrentTime(Date.from(london("2027-03-29T09:00").toInstant().plus(java.time.Duration.ofDays(85))));
    pathway.runJobs();
    assertThat(pathway.tasks(referral, TASK_SCHEDULED_REVIEW)).as("the open one stands").hasSize(1);
    assertThat(reviewDue(referral)).as("and the cycle goes on").isAfter(ClockUtil.getCurrentTime());
  }

  @Test
  void aTwelveWeekReviewThatEndsSupportLeadsToTheExitAndStopsTheSessions() {
    ClockUtil.setCurrentTime(london("2027-01-04T10:00"));
    ProcessInstance referral = pathway.referToSessions(20);
    ClockUtil.setCurrentTime(london("2027-03-29T09:00:01"));
    pathway.runJobs();

    pathway.submit(pathway.task(referral, TASK_SCHEDULED_REVIEW), DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));

    assertThat(pathway.tasks(referral, TASK_RECORD_SUPPORT_SESSION)).isEmpty();
    assertThat(pathway.task(referral, TASK_RECORD_EXIT).getAssignee()).isEqualTo(DemoUsers.TRAINER);
    assertThat(management.createJobQuery().processInstanceId(referral.getId()).activityId(START_SCHEDULED_REVIEW_DUE)
        .count()).as("no more reviews").isZero();
  }

  @Test
  void aPathwayThatEndsBeforeTwelveWeeksHasNoReviewLeft() {
    ProcessInstance referral = pathway.referToSessions(1);
    pathway.submit(referral, TASK_RECORD_SUPPORT_SESSION, DemoUsers.TRAINER, Pathway.sessionForm("ATTENDED"));
    pathway.submit(referral, TASK_REVIEW_PROGRESS, DemoUsers.TRAINER, Pathway.reviewForm("EXIT", null));
    assertThat(management.createJobQuery().processInstanceId(referral.getId()).activityId(START_SCHEDULED_REVIEW_DUE)
        .count()).isZero();
  }
}
