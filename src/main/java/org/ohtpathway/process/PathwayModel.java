package org.ohtpathway.process;

/**
 * The ids of the BPMN elements, messages and escalations the code and tests depend on.
 * {@code PathwayModelTest} checks that each one exists in the deployed models, so a rename
 * in the Modeler breaks the build rather than production.
 */
public final class PathwayModel {

  public static final String PROCESS_PATHWAY = "OhtPathway";
  public static final String PROCESS_WITHDRAW_REFERRAL = "WithdrawReferral";
  public static final String PROCESS_WITHDRAW_CONSENT = "WithdrawConsent";
  public static final String PROCESS_RAISE_SAFEGUARDING_CONCERN = "RaiseSafeguardingConcern";
  public static final String PROCESS_APPLY_RETENTION = "ApplyRetention";

  public static final String DECISION_ELIGIBILITY = "Eligibility";
  public static final String DECISION_PRIORITY = "Priority";
  public static final String DECISION_LONE_WORKING = "LoneWorking";

  public static final String START_REFERRAL_RECEIVED = "StartEvent_ReferralReceived";
  public static final String SUB_PROCESS_PATHWAY = "SubProcess_Pathway";
  public static final String SERVICE_TASK_CHECK_ELIGIBILITY = "ServiceTask_CheckEligibility";
  public static final String SERVICE_TASK_SUGGEST_PRIORITY = "ServiceTask_SuggestPriority";
  public static final String TASK_READ_WHY_NOT_ELIGIBLE = "Task_ReadWhyNotEligible";
  public static final String TASK_TRIAGE_AND_ALLOCATE = "Task_TriageAndAllocate";
  public static final String GATEWAY_TRIAGE_OUTCOME = "Gateway_TriageOutcome";
  public static final String TASK_ANSWER_TRIAGE_QUESTION = "Task_AnswerTriageQuestion";
  public static final String TASK_RECORD_CONTACT_ATTEMPT = "Task_RecordContactAttempt";
  public static final String TASK_ASSESS_HEALTH_AND_WELLBEING = "Task_AssessHealthAndWellbeing";
  public static final String TASK_AGREE_HEALTH_PLAN = "Task_AgreeHealthPlan";
  public static final String TASK_RECORD_SUPPORT_SESSION = "Task_RecordSupportSession";
  public static final String TASK_FOLLOW_UP_ONWARD_REFERRAL = "Task_FollowUpOnwardReferral";
  public static final String TASK_REVIEW_PROGRESS = "Task_ReviewProgress";
  public static final String TASK_REVIEW_DISENGAGEMENT = "Task_ReviewDisengagement";
  public static final String TASK_RECORD_EXIT = "Task_RecordExit";
  public static final String TASK_WRITE_EXIT_SUMMARY = "Task_WriteExitSummary";
  public static final String TASK_READ_EXIT_SUMMARY = "Task_ReadExitSummary";
  public static final String TASK_ACT_ON_SAFEGUARDING_CONCERN = "Task_ActOnSafeguardingConcern";

  public static final String THROW_SAFEGUARDING_CONCERN_IDENTIFIED =
      "IntermediateThrowEvent_SafeguardingConcernIdentified";
  public static final String THROW_ONWARD_REFERRALS_MADE = "IntermediateThrowEvent_OnwardReferralsMade";
  public static final String BOUNDARY_REFERRAL_WITHDRAWN = "BoundaryEvent_ReferralWithdrawn";
  public static final String BOUNDARY_CONSENT_WITHDRAWN = "BoundaryEvent_ConsentWithdrawn";
  public static final String BOUNDARY_SAFEGUARDING_CONCERN_RAISED = "BoundaryEvent_SafeguardingConcernRaised";
  public static final String BOUNDARY_SAFEGUARDING_CONCERN_IDENTIFIED =
      "BoundaryEvent_SafeguardingConcernIdentified";

  public static final String END_NOT_ELIGIBLE = "EndEvent_NotEligible";
  public static final String END_DECLINED_AT_TRIAGE = "EndEvent_DeclinedAtTriage";
  public static final String END_DECLINED_AT_FIRST_CONTACT = "EndEvent_DeclinedAtFirstContact";
  public static final String END_UNABLE_TO_CONTACT = "EndEvent_UnableToContact";
  public static final String END_PATHWAY_FINISHED = "EndEvent_PathwayFinished";
  public static final String END_COMPLETED = "EndEvent_Completed";
  public static final String END_ENDED_EARLY = "EndEvent_EndedEarly";
  public static final String END_DECLINED = "EndEvent_Declined";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String END_SAFEGUARDING_CONCERN_ACTIONED = "EndEvent_SafeguardingConcernActioned";

  public static final String BOUNDARY_ALLOCATION_REMINDER = "BoundaryEvent_TriageAndAllocateReminder";
  public static final String BOUNDARY_ALLOCATION_ESCALATION = "BoundaryEvent_TriageAndAllocateEscalation";
  public static final String BOUNDARY_TRIAGE_QUESTION_REMINDER = "BoundaryEvent_AnswerTriageQuestionReminder";
  public static final String BOUNDARY_TRIAGE_QUESTION_ESCALATION = "BoundaryEvent_AnswerTriageQuestionEscalation";
  public static final String BOUNDARY_FIRST_CONTACT_REMINDER = "BoundaryEvent_RecordContactAttemptReminder";
  public static final String BOUNDARY_FIRST_CONTACT_ESCALATION = "BoundaryEvent_RecordContactAttemptEscalation";
  public static final String BOUNDARY_ASSESSMENT_REMINDER = "BoundaryEvent_AssessHealthAndWellbeingReminder";
  public static final String BOUNDARY_ASSESSMENT_ESCALATION = "BoundaryEvent_AssessHealthAndWellbeingEscalation";
  public static final String BOUNDARY_HEALTH_PLAN_REMINDER = "BoundaryEvent_AgreeHealthPlanReminder";
  public static final String BOUNDARY_SESSION_FEEDBACK_REMINDER = "BoundaryEvent_RecordSupportSessionReminder";
  public static final String BOUNDARY_FOLLOW_UP_REMINDER = "BoundaryEvent_FollowUpOnwardReferralReminder";
  public static final String BOUNDARY_EXIT_SUMMARY_REMINDER = "BoundaryEvent_WriteExitSummaryReminder";
  public static final String BOUNDARY_EXIT_SUMMARY_ESCALATION = "BoundaryEvent_WriteExitSummaryEscalation";
  public static final String BOUNDARY_REVIEW_REMINDER = "BoundaryEvent_ReviewProgressReminder";
  public static final String BOUNDARY_REVIEW_ESCALATION = "BoundaryEvent_ReviewProgressEscalation";
  public static final String BOUNDARY_DISENGAGEMENT_REVIEW_REMINDER = "BoundaryEvent_ReviewDisengagementReminder";
  public static final String BOUNDARY_DISENGAGEMENT_REVIEW_ESCALATION = "BoundaryEvent_ReviewDisengagementEscalation";
  public static final String BOUNDARY_EXIT_REMINDER = "BoundaryEvent_RecordExitReminder";
  public static final String BOUNDARY_SAFEGUARDING_ACTION_REMINDER = "BoundaryEvent_ActOnSafeguardingConcernReminder";
  public static final String BOUNDARY_SAFEGUARDING_ACTION_ESCALATION = "BoundaryEvent_ActOnSafeguardingConcernEscalation";
  public static final String BOUNDARY_NOT_ELIGIBLE_READ_REMINDER = "BoundaryEvent_ReadWhyNotEligibleReminder";
  public static final String BOUNDARY_NOT_ELIGIBLE_READ_TIME_UP = "BoundaryEvent_ReadWhyNotEligibleTimeUp";
  public static final String BOUNDARY_EXIT_SUMMARY_READ_REMINDER = "BoundaryEvent_ReadExitSummaryReminder";
  public static final String BOUNDARY_EXIT_SUMMARY_READ_TIME_UP = "BoundaryEvent_ReadExitSummaryTimeUp";
  public static final String END_EXIT_SUMMARY_LEFT_ON_CASE = "EndEvent_ExitSummaryLeftOnCase";
  public static final String SUB_PROCESS_SUPPORT = "SubProcess_Support";
  public static final String BOUNDARY_SUPPORT_ENDED = "BoundaryEvent_SupportEnded";
  public static final String BOUNDARY_SUPPORT_ENDED_BEFORE_PLAN = "BoundaryEvent_SupportEndedBeforePlan";
  public static final String START_SCHEDULED_REVIEW_DUE = "StartEvent_ScheduledReviewDue";
  public static final String TASK_SCHEDULED_REVIEW = "Task_ScheduledReview";
  public static final String CATCH_FOLLOW_UP_DUE = "IntermediateCatchEvent_FollowUpDue";

  // Case actions (casework): each an event of SubProcess_Pathway that does not interrupt it.
  public static final String BOUNDARY_REFERRAL_AMENDED = "BoundaryEvent_ReferralAmended";
  public static final String SERVICE_TASK_CHECK_ELIGIBILITY_AGAIN = "ServiceTask_CheckEligibilityAgain";
  public static final String SERVICE_TASK_SUGGEST_PRIORITY_AGAIN = "ServiceTask_SuggestPriorityAgain";
  public static final String SERVICE_TASK_CHECK_LONE_WORKING_AGAIN = "ServiceTask_CheckLoneWorkingAgain";
  public static final String END_REFERRAL_AMENDED = "EndEvent_ReferralAmended";
  public static final String BOUNDARY_CASE_REALLOCATED = "BoundaryEvent_CaseReallocated";
  public static final String SERVICE_TASK_REALLOCATE_CASE = "ServiceTask_ReallocateCase";
  public static final String END_CASE_REALLOCATED = "EndEvent_CaseReallocated";
  public static final String BOUNDARY_CASE_TRANSFERRED = "BoundaryEvent_CaseTransferred";
  public static final String SERVICE_TASK_TRANSFER_CASE = "ServiceTask_TransferCase";
  public static final String END_CASE_TRANSFERRED = "EndEvent_CaseTransferred";
  public static final String SUB_PROCESS_CASE_ON_HOLD = "SubProcess_CaseOnHold";
  public static final String START_CASE_ON_HOLD = "StartEvent_CaseOnHold";
  public static final String SERVICE_TASK_PAUSE_DEADLINES = "ServiceTask_PauseDeadlines";
  public static final String RECEIVE_TASK_WAIT_UNTIL_RESUMED = "ReceiveTask_WaitUntilResumed";
  public static final String BOUNDARY_LOOK_AGAIN_DUE = "BoundaryEvent_LookAgainDue";
  public static final String END_LOOK_AGAIN_REMINDER_SENT = "EndEvent_LookAgainReminderSent";
  public static final String SERVICE_TASK_RESUME_DEADLINES = "ServiceTask_ResumeDeadlines";
  public static final String END_CASE_RESUMED = "EndEvent_CaseResumed";

  public static final String MESSAGE_REFERRAL_AMENDED = "ReferralAmended";
  public static final String MESSAGE_CASE_REALLOCATED = "CaseReallocated";
  public static final String MESSAGE_CASE_TRANSFERRED = "CaseTransferred";
  public static final String MESSAGE_CASE_ON_HOLD = "CaseOnHold";
  public static final String MESSAGE_CASE_RESUMED = "CaseResumed";
  public static final String MESSAGE_SUPPORT_ENDED = "SupportEnded";

  public static final String MESSAGE_REFERRAL_WITHDRAWN = "ReferralWithdrawn";
  public static final String MESSAGE_CONSENT_WITHDRAWN = "ConsentWithdrawn";
  public static final String MESSAGE_SAFEGUARDING_CONCERN_RAISED = "SafeguardingConcernRaised";

  // A change to the pathway, approved by someone other than its designer (change.PathwayChanges).
  public static final String PROCESS_APPROVE_PATHWAY_CHANGE = "ApprovePathwayChange";
  public static final String MESSAGE_PATHWAY_CHANGE_PROPOSED = "PathwayChangeProposed";
  public static final String SERVICE_TASK_SIMULATE_CHANGE = "ServiceTask_SimulateChange";
  public static final String TASK_APPROVE_PATHWAY_CHANGE = "Task_ApprovePathwayChange";
  public static final String SERVICE_TASK_DEPLOY_CHANGE = "ServiceTask_DeployChange";
  public static final String SERVICE_TASK_RECORD_MIGRATION = "ServiceTask_RecordMigration";
  public static final String CATCH_MIGRATION_CHECK_DUE = "IntermediateCatchEvent_MigrationCheckDue";
  public static final String END_CHANGE_DEPLOYED = "EndEvent_ChangeDeployed";
  public static final String END_CHANGE_NOT_DEPLOYED = "EndEvent_ChangeNotDeployed";
  public static final String TASK_READ_WHY_CHANGE_NOT_APPROVED = "Task_ReadWhyChangeNotApproved";
  public static final String END_CHANGE_NOT_APPROVED = "EndEvent_ChangeNotApproved";

  private PathwayModel() {
  }
}
