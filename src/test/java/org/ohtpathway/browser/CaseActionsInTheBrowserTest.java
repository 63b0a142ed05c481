package org.ohtpathway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.ohtpathway.HttpTest;
import org.ohtpathway.demo.DemoUsers;
import org.ohtpathway.form.ShownDates;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.referral.AmendmentService;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.referral.ReferralSummary;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each case action taken once through the Actions section of the case view, as staff take it:
 * its form drawn from what the server offers, a wrong value refused at its field with what was
 * entered kept, the confirmation naming whose case it is, and the case view showing the result.
 */
@HttpTest
class CaseActionsInTheBrowserTest extends InTheBrowser {

  @Autowired CaseProgress progress;
  @Autowired ReferralService referrals;
  @Autowired AmendmentService amendments;

  private CaseActionsSection actions;
  private boolean failed = true;

  @BeforeAll
  void openSections() {
    actions = new CaseActionsSection(browser);
  }

  @AfterEach
  void screenshotOnFailure(TestInfo test) {
    if (failed) {
      browser.screenshot("case-action-failed-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
    }
    failed = true;
  }

  @Test
  void thePractitionerAmendsAPhoneNumber() {
    ProcessInstance referral = pathway.referAndAllocate();
    String reference = reference(referral);
    tasklist.logIn(DemoUsers.PRACTITIONER);
    actions.openCase(reference).start("Amend the referral");
    String postcode = actions.value("postcode");
    assertThat(postcode).as("today's postcode").isNotBlank();
    actions.type("phone", "07700 900456").type("postcode", "NOT A POSTCODE")
        .type("reason", "The person has a new phone.");
    assertThat(actions.proceed()).contains(reference, person(referral).personName());
    actions.confirm();
    assertThat(actions.problemAt("Postcode")).isEqualTo("must be a UK postcode such as OL11 2AB.");
    assertThat(actions.value("phone")).as("what was entered stays").isEqualTo("07700 900456");
    actions.type("postcode", postcode).send();
    assertThat(actions.done()).contains("is amended (1 detail changed)");
    assertThat(amendments.today(pathway.referralId(referral)).phone()).isEqualTo("07700 900456");
    failed = false;
  }

  @Test
  void theHealthTrainerEndsSupportForAPersonWhoMovedAwayAndTheExitOpens() {
    ProcessInstance referral = pathway.referToSessions(6);
    String reference = reference(referral);
    tasklist.logIn(DemoUsers.TRAINER);
    actions.openCase(reference).start("End support").choose("reason", "Moved away")
        .date("endedOn", ServiceClock.today().plusDays(2));
    assertThat(actions.proceed()).contains(reference, person(referral).personName());
    actions.confirm();
    assertThat(actions.problemAt("Support ended on")).isEqualTo("cannot be in the future.");
    assertThat(actions.value("reason")).as("what was chosen stays").isEqualTo("MOVED_AWAY");
    actions.date("endedOn", ServiceClock.today());
    browser.scrollToTop(By.id("actions-card"));
    browser.screenshot("case-end-support-form");
    actions.send();
    assertThat(actions.done()).contains("Support for referral " + reference + " has ended");
    assertThat(pathway.tasks(referral, PathwayModel.TASK_RECORD_SUPPORT_SESSION)).isEmpty();
    assertThat(pathway.task(referral, PathwayModel.TASK_RECORD_EXIT).getAssignee()).isEqualTo(DemoUsers.TRAINER);
    assertThat(actions.buttons()).doesNotContain("End support");
    failed = false;
  }

  @Test
  void theCoordinatorPutsACaseOnHoldAndResumesIt() {
    ProcessInstance referral = pathway.referAndAllocate();
    String reference = reference(referral);
    tasklist.logIn(DemoUsers.COORDINATOR);
    actions.openCase(reference).start("Put on hold").choose("reason", "In custody")
        .date("lookAgainOn", ServiceClock.today().plusWeeks(6));
    assertThat(actions.proceed()).isEqualTo("Put on hold: referral " + reference + " of "
        + person(referral).personName() + " (CRN " + person(referral).crn() + ").");
    browser.scrollToTop(By.id("actions-card"));
    browser.screenshot("case-hold-form");
    // Other without its details, and a day already past: refused at both fields, what was chosen kept.
    actions.choose("reason", "Other").date("lookAgainOn", ServiceClock.today().minusDays(1));
    actions.confirm();
    assertThat(actions.problemAt("Details of the reason")).isEqualTo("is required.");
    assertThat(actions.problemAt("Look again on")).isEqualTo("must be in the future.");
    assertThat(actions.value("reason")).as("what was entered stays").isEqualTo("OTHER");
    assertThat(progress.ofProcessInstance(referral.getId()).orElseThrow().isOnHold()).isFalse();
    actions.choose("reason", "In custody").date("lookAgainOn", ServiceClock.today().plusWeeks(6));
    actions.send();
    assertThat(actions.done()).contains("is on hold");
    actions.summaryShows("Status", "On hold, look again on " + ShownDates.day(ServiceClock.today().plusWeeks(6)));
    assertThat(actions.buttons()).contains("Resume").doesNotContain("Put on hold");
    browser.scrollToTop(By.tagName("body"));
    browser.screenshot("case-on-hold");

    actions.start("Resume");
    actions.proceed();
    actions.confirm();
    assertThat(actions.done()).contains("is resumed");
    actions.summaryShows("Status", "Open");
    assertThat(actions.buttons()).contains("Put on hold").doesNotContain("Resume");
    failed = false;
  }

  @Test
  void theCoordinatorWithdrawsAReferral() {
    ProcessInstance referral = pathway.referAndAllocate();
    String reference = reference(referral);
    tasklist.logIn(DemoUsers.COORDINATOR);
    actions.openCase(reference).start("Withdraw the referral").choose("withdrawalReason", "Other");
    actions.proceed();
    actions.confirm();
    assertThat(actions.problemAt("Details")).isEqualTo("is required.");
    actions.type("withdrawalDetails", "Moved to a hostel in another region.").send();
    assertThat(actions.done()).contains("is withdrawn");
    assertThat(requests(PathwayModel.PROCESS_WITHDRAW_REFERRAL, reference)).isEqualTo(1);
    failed = false;
  }

  @Test
  void theTrainerRecordsThatConsentIsWithdrawnConfirmingWhoseDetailsGo() {
    ProcessInstance referral = pathway.referAndAllocate();
    String reference = reference(referral);
    ReferralSummary person = person(referral);
    tasklist.logIn(DemoUsers.TRAINER);
    actions.openCase(reference).start("Record that consent is withdrawn");
    assertThat(actions.value("consentWithdrawnOn")).as("today, as staff type it")
        .isEqualTo(ServiceClock.today().format(CamundaForm.DATE));
    actions.choose("reportedBy", "By phone");
    actions.proceed();
    actions.confirm();
    // The first answer names whose details would go; nothing is removed yet.
    assertThat(actions.problemAt("Remove this person's details")).contains(person.personName(),
        "CRN " + person.crn(), reference);
    assertThat(actions.value("reportedBy")).isEqualTo("PHONE");
    assertThat(referrals.summary(pathway.referralId(referral)).personName()).isEqualTo(person.personName());
    actions.tick("confirmErasure").send();
    assertThat(actions.done()).contains("Consent withdrawn is recorded");
    assertThat(requests(PathwayModel.PROCESS_WITHDRAW_CONSENT, reference)).isEqualTo(1);
    failed = false;
  }

  @Test
  void thePractitionerRaisesASafeguardingConcern() {
    ProcessInstance referral = pathway.referAndAllocate();
    String reference = reference(referral);
    tasklist.logIn(DemoUsers.PRACTITIONER);
    actions.openCase(reference).start("Raise a safeguarding concern").choose("atRisk", "A child")
        .choose("immediateDanger", "No");
    actions.proceed();
    actions.confirm();
    assertThat(actions.problemAt("The concern")).isEqualTo("is required.");
    actions.type("concernDescription", "Said his partner's child is left alone at night.").send();
    assertThat(actions.done()).contains("is with the safeguarding leads");
    assertThat(requests(PathwayModel.PROCESS_RAISE_SAFEGUARDING_CONCERN, reference)).isEqualTo(1);
    failed = false;
  }

  /** How many requests of that process were made about the referral. */
  private long requests(String processKey, String reference) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(reference).count();
  }

  private String reference(ProcessInstance referral) {
    return progress.ofProcessInstance(referral.getId()).orElseThrow().getReference();
  }

  private ReferralSummary person(ProcessInstance referral) {
    return referrals.summary(pathway.referralId(referral));
  }
}
