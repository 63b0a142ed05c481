package org.ohtpathway.access;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.referral.ReferralSummary;
import org.ohtpathway.security.Groups;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a person may do something to a referral. A referral has
 * owners: the practitioner who made it, the Health Trainer it is allocated to, and the
 * coordinators as a team; each action is open to the owners its job needs (and to
 * administrators). The read API, every form and every task assignment ask here; a refusal
 * says why and is written to the audit log.
 *
 * <p>Without an authenticated user the caller is the application itself (a job, a delegate),
 * which is not refused: every request from outside is authenticated before it gets here.
 */
@Component
public class CaseAuthority {

  /** An answer, and the sentence that explains a refusal. */
  public record Decision(boolean allowed, String reason) {

    static Decision allow() {
      return new Decision(true, null);
    }

    static Decision refuse(String reason) {
      return new Decision(false, reason);
    }
  }

  /** How long a name shown for confirmation stays good for the confirmation that follows. */
  private static final Duration CONFIRMATION_TIME = Duration.ofMinutes(30);

  private final ReferralService referrals;
  private final CaseProgress progress;
  private final AuditLog audit;
  private final IdentityService identity;

  CaseAuthority(ReferralService referrals, CaseProgress progress, AuditLog audit, IdentityService identity) {
    this.referrals = referrals;
    this.progress = progress;
    this.audit = audit;
    this.identity = identity;
  }

  /** Whether the logged-in user may take this action on this referral. */
  public Decision decide(CaseAction action, Referral referral) {
    Authentication user = identity.getCurrentAuthentication();
    if (isSystem(user) || isAdmin(user)) {
      return Decision.allow();
    }
    String reference = referral.getReference();
    // Who holds the case now, read once for the decision.
    ReferralProgress case_ = progress.of(referral.getId()).orElse(null);
    boolean referrer = isPractitioner(user, case_);
    boolean trainer = isAllocatedTrainer(user, case_);
    boolean coordinator = inGroup(user, Groups.COORDINATORS);
    return switch (action) {
      case READ_PROGRESS -> referrer || coordinator || inGroup(user, Groups.MANAGERS)
          || trainer ? Decision.allow()
          : Decision.refuse("Only the practitioner who made referral " + reference + ", its Health Trainer,"
              + " coordinators and managers may read its progress.");
      case READ_HEALTH_RECORD -> trainer ? Decision.allow()
          : Decision.refuse("Only the Health Trainer that referral " + reference + " is allocated to may read"
              + " its health record.");
      case WITHDRAW_REFERRAL -> referrer || coordinator ? Decision.allow()
          : Decision.refuse("Only the practitioner who made referral " + reference + ", or an OHT coordinator,"
              + " may withdraw it.");
      case RECORD_CONSENT_WITHDRAWN -> referrer || coordinator || trainer
          ? Decision.allow()
          : Decision.refuse("Only the Health Trainer that referral " + reference + " is allocated to, the"
              + " practitioner who made it, or an OHT coordinator may record that consent is withdrawn.");
      case RAISE_SAFEGUARDING_CONCERN -> referrer || coordinator || inGroup(user, Groups.SAFEGUARDING_LEADS)
          || trainer ? Decision.allow()
          : Decision.refuse("Only the practitioner who made referral " + reference + ", its Health Trainer,"
              + " an OHT coordinator or a safeguarding lead may raise a concern about it: tell one of them,"
              + " or your own safeguarding lead.");
      case VIEW_CASE -> opens(user, case_) ? Decision.allow()
          : Decision.refuse("Only the practitioner who holds referral " + reference + ", its Health Trainer,"
              + " coordinators, managers and, once a safeguarding concern is raised, safeguarding leads may open"
              + " its case.");
      case ADD_CASE_NOTE -> coordinator || trainer ? Decision.allow()
          : Decision.refuse("Only the Health Trainer that referral " + reference + " is allocated to, or an OHT"
              + " coordinator, may add a note to its case.");
      case AMEND_REFERRAL -> referrer || coordinator || trainer ? Decision.allow()
          : Decision.refuse("Only the practitioner who holds referral " + reference + ", its Health Trainer or an"
              + " OHT coordinator may amend it.");
      case REALLOCATE_CASE -> coordinator ? Decision.allow()
          : Decision.refuse("Only an OHT coordinator may move referral " + reference + " to another Health"
              + " Trainer.");
      case TRANSFER_CASE -> referrer || coordinator ? Decision.allow()
          : Decision.refuse("Only the practitioner who holds referral " + reference + ", or an OHT coordinator,"
              + " may transfer it to another practitioner.");
      case END_SUPPORT -> coordinator || trainer ? Decision.allow()
          : Decision.refuse("Only the Health Trainer that referral " + reference + " is allocated to, or an OHT"
              + " coordinator, may end its support.");
      case PUT_CASE_ON_HOLD, RESUME_CASE -> coordinator || trainer ? Decision.allow()
          : Decision.refuse("Only the Health Trainer that referral " + reference + " is allocated to, or an OHT"
              + " coordinator, may put it on hold or resume it.");
      case OPEN_TASK_FORM, WORK_TASK, ASSIGN_TASK -> throw new IllegalArgumentException(
          "A task's actions are decided by maySee, mayWork and mayAssign");
    };
  }

  /**
   * Which entries of a referral's timeline the logged-in user may see (empty when they may not
   * open the case): the practitioner its progress, what they and the coordinators wrote to each
   * other, and the notes shared with them where the person agreed to share progress with
   * probation; coordinators and managers also how the service runs it, coordinators its notes
   * and what they and the practitioner wrote too; its Health Trainer everything but the
   * safeguarding leads' own record of what they did; safeguarding leads, on a case with a
   * concern, its progress and safeguarding record.
   */
  public Set<Audience> audiencesFor(Referral referral) {
    Authentication user = identity.getCurrentAuthentication();
    if (isSystem(user) || isAdmin(user)) {
      return EnumSet.allOf(Audience.class);
    }
    ReferralProgress case_ = progress.of(referral.getId()).orElse(null);
    Set<Audience> seen = EnumSet.noneOf(Audience.class);
    if (isAllocatedTrainer(user, case_)) {
      seen.addAll(EnumSet.complementOf(EnumSet.of(Audience.SAFEGUARDING_ACTION)));
    }
    if (inGroup(user, Groups.COORDINATORS)) {
      seen.addAll(EnumSet.of(Audience.PROGRESS, Audience.OPERATIONAL, Audience.NOTE, Audience.SHARED_NOTE,
          Audience.PRACTITIONER_EXCHANGE));
    }
    if (inGroup(user, Groups.MANAGERS)) {
      seen.addAll(EnumSet.of(Audience.PROGRESS, Audience.OPERATIONAL));
    }
    if (case_ != null && isLeadOn(user, case_)) {
      seen.addAll(EnumSet.of(Audience.PROGRESS, Audience.SAFEGUARDING, Audience.SAFEGUARDING_ACTION));
    }
    if (isPractitioner(user, case_)) {
      seen.add(Audience.PROGRESS);
      seen.add(Audience.PRACTITIONER_EXCHANGE);
      if (referrals.consent(referral.getId()).isShareProgressWithProbation()) {
        seen.add(Audience.SHARED_NOTE);
      }
    }
    return seen;
  }

  /**
   * Whether the logged-in user may open this case (as {@link CaseAction#VIEW_CASE} decides),
   * asked of a caseload's rows already read, so that a list or a search asks no query per row.
   */
  public boolean mayOpen(ReferralProgress case_) {
    Authentication user = identity.getCurrentAuthentication();
    return isSystem(user) || isAdmin(user) || opens(user, case_);
  }

  /**
   * Whether the logged-in user may see whose case this is (the person's name and CRN) on the case
   * view and in caseloads: those who see more of it than its progress (coordinators, who see its
   * notes; its Health Trainer, its health record; safeguarding leads, its safeguarding record) and
   * the practitioner who holds it. Managers follow cases without knowing whose they are.
   */
  public boolean maySeePerson(ReferralProgress case_) {
    Authentication user = identity.getCurrentAuthentication();
    if (isSystem(user) || isAdmin(user)) {
      return true;
    }
    return case_ != null && (inGroup(user, Groups.COORDINATORS) || isLeadOn(user, case_)
        || isAllocatedTrainer(user, case_) || isPractitioner(user, case_));
  }

  /**
   * The owners of a case, the roles that follow every case (coordinators, managers), and the
   * safeguarding leads on a case where a concern was raised.
   */
  private static boolean opens(Authentication user, ReferralProgress case_) {
    return case_ != null && (isPractitioner(user, case_) || isAllocatedTrainer(user, case_)
        || inGroup(user, Groups.COORDINATORS) || inGroup(user, Groups.MANAGERS) || isLeadOn(user, case_));
  }

  private static boolean isLeadOn(Authentication user, ReferralProgress case_) {
    return inGroup(user, Groups.SAFEGUARDING_LEADS) && case_.hasSafeguardingConcern();
  }

  /**
   * The referral a request names, for an action on it: a value that is not a reference is
   * refused (400), one that no referral has is {@link NoSuchReferral} (404); both are audited as
   * that action, refused. Who may take the action is not decided here.
   */
  public Referral named(String reference, CaseAction action) {
    Authentication user = identity.getCurrentAuthentication();
    String userId = isSystem(user) ? "system" : user.getUserId();
    audit.requireReference(userId, action.audited(), reference);
    return referrals.findByReference(reference).orElseGet(() -> {
      audit.record(userId, action.audited(), reference, false);
      throw new NoSuchReferral(reference);
    });
  }

  /** The referral a request names, once the logged-in user may take the action on it (audited). */
  public Referral require(CaseAction action, String reference) {
    Referral referral = named(reference, action);
    require(action, referral);
    return referral;
  }

  /** Decides, audits the answer, and throws {@link CaseActionRefused} on refusal. */
  public void require(CaseAction action, Referral referral) {
    Decision decision = decide(action, referral);
    auditDecision(action, referral.getReference(), decision);
    if (!decision.allowed()) {
      throw new CaseActionRefused(decision.reason());
    }
  }

  /** Writes an allowed or refused action to the audit log (in a transaction of its own). */
  public void auditDecision(CaseAction action, String reference, Decision decision) {
    Authentication user = identity.getCurrentAuthentication();
    audit.record(isSystem(user) ? "system" : user.getUserId(), action.audited(),
        reference, decision.allowed());
  }

  /**
   * An action that erases a person's details goes ahead only once the user has been shown whose
   * referral the reference is (name, CRN and reference) and has confirmed after that. Returns
   * null when confirmed, or else the sentence that shows whose it is, for the form's
   * confirmation field; showing it is audited.
   */
  public String confirmationToErase(Referral referral, boolean confirmed) {
    Authentication user = identity.getCurrentAuthentication();
    String userId = isSystem(user) ? "system" : user.getUserId();
    if (confirmed && audit.recordedSince(userId, AuditLog.Action.CONFIRM_ERASURE, referral.getReference(),
        ServiceClock.now().minus(CONFIRMATION_TIME))) {
      return null;
    }
    audit.record(userId, AuditLog.Action.CONFIRM_ERASURE, referral.getReference(), true);
    ReferralSummary person = referrals.summary(referral.getId());
    return "this will remove for good the details of " + person.personName() + " (CRN " + person.crn()
        + "), referral " + referral.getReference() + ". If that is the right person, tick the box and submit"
        + " again.";
  }

  /** The referral a process instance of the pathway runs, read from the referral's own record. */
  public Optional<Referral> referralOf(String processInstanceId) {
    return processInstanceId == null ? Optional.empty() : referrals.findByProcessInstanceId(processInstanceId);
  }

  /**
   * Whether the logged-in user may claim and submit a task's form: its assignee, or, while nobody
   * has it, a member of the group whose work it is; never someone outside that group, and never
   * a task whose form is the work of another group than the one the task is for. A task of the
   * referring practitioner is worked only by the practitioner who holds the case now.
   *
   * @param workedBy the group whose work the task's form is (null when the form does not say)
   */
  public Decision mayWork(DelegateTask task, String workedBy) {
    Authentication user = identity.getCurrentAuthentication();
    if (isSystem(user) || isAdmin(user)) {
      return Decision.allow();
    }
    Optional<TaskRole> role = TaskRole.of(((TaskEntity) task).getTaskDefinition());
    if (role.isEmpty()) {
      return Decision.refuse("The task '" + task.getName() + "' is not the work of any of the pathway's roles:"
          + " only an administrator may work it.");
    }
    if (workedBy != null && !workedBy.equals(role.get().group())) {
      return Decision.refuse("The task '" + task.getName() + "' shows a form of the " + TaskRole.label(workedBy)
          + " but is for the " + role.get().label() + ": only an administrator may work it.");
    }
    if (!inGroup(user, role.get().group())) {
      return Decision.refuse("The task '" + task.getName() + "' is work for the " + role.get().label()
          + ", and you are not one of them.");
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(user.getUserId())) {
      return Decision.refuse("The task '" + task.getName() + "' is assigned to someone else: ask an OHT"
          + " coordinator to give it to you.");
    }
    if (role.get().individual() && Groups.PROBATION_PRACTITIONERS.equals(role.get().group())
        && !isPractitioner(user, progress.ofProcessInstance(task.getProcessInstanceId()).orElse(null))) {
      return Decision.refuse("The task '" + task.getName() + "' is for the practitioner who holds referral "
          + referenceOf(task) + ": ask an OHT coordinator to transfer the case to you first.");
    }
    return Decision.allow();
  }

  /**
   * Whether the logged-in user may see what a task's form shows of the person: whoever may work
   * it, and, for a task of one person (the allocated trainer's, the referring practitioner's),
   * only once they have it: claiming a task from its queue is the recorded act that opens it.
   */
  public Decision maySee(DelegateTask task, String workedBy) {
    Decision work = mayWork(task, workedBy);
    Authentication user = identity.getCurrentAuthentication();
    if (!work.allowed() || isSystem(user) || isAdmin(user)) {
      return work;
    }
    Optional<TaskRole> role = TaskRole.of(((TaskEntity) task).getTaskDefinition());
    if (role.isPresent() && role.get().individual() && task.getAssignee() == null) {
      return Decision.refuse("Claim the task '" + task.getName() + "' to see the details of its referral.");
    }
    return work;
  }

  /** Throws {@link CaseActionRefused}, audited, unless the logged-in user may work the task. */
  public void requireMayWork(DelegateTask task, String workedBy) {
    Decision decision = mayWork(task, workedBy);
    if (!decision.allowed()) {
      auditTaskDecision(CaseAction.WORK_TASK, task, decision);
      throw new CaseActionRefused(decision.reason());
    }
  }

  /** Writes a decision about one of a referral's tasks to the audit log; the system's are not. */
  void auditTaskDecision(CaseAction action, DelegateTask task, Decision decision) {
    if (!isSystem(identity.getCurrentAuthentication())) {
      auditDecision(action, referenceOf(task), decision);
    }
  }

  /**
   * Whether a task may be given to a person (as assignee, owner or candidate): only to a member
   * of the group whose work it is, or to an administrator. An id of nobody is the caller's
   * mistake (400); the id is never repeated, as it may be anything.
   */
  public Decision mayAssign(DelegateTask task, String userId) {
    Optional<TaskRole> role = TaskRole.of(((TaskEntity) task).getTaskDefinition());
    if (isMember(userId, Groups.ADMINS)) {
      return Decision.allow();
    }
    if (role.isPresent() && role.get().individual() && Groups.PROBATION_PRACTITIONERS.equals(role.get().group())
        && isMember(userId, role.get().group())) {
      // A task of the referring practitioner goes to the practitioner who holds the case, no one else.
      String holder = progress.ofProcessInstance(task.getProcessInstanceId())
          .map(ReferralProgress::getPractitionerId).orElse(null);
      return userId.equals(holder) ? Decision.allow()
          : Decision.refuse("The task '" + task.getName() + "' can be given only to the practitioner who holds"
              + " referral " + referenceOf(task) + ": transfer the case first.");
    }
    if (role.isPresent() && isMember(userId, role.get().group())) {
      return Decision.allow();
    }
    if (role.isEmpty()) {
      return Decision.refuse("The task '" + task.getName() + "' is not the work of any of the pathway's roles:"
          + " it can be given only to an administrator.");
    }
    if (!AsSystem.call(() -> identity.createUserQuery().userId(userId).count() > 0)) {
      throw new BadUserRequestException("No user has that id: the task '" + task.getName()
          + "' can be given only to one of the " + role.get().label() + ".");
    }
    return Decision.refuse("The task '" + task.getName() + "' can be given only to one of the "
        + role.get().label() + ".");
  }

  /** Tasks of the pathway have no owner (owners come with delegation, which the pathway does not use). */
  public Decision mayOwn(DelegateTask task, String userId) {
    return isMember(userId, Groups.ADMINS) ? Decision.allow()
        : Decision.refuse("The task '" + task.getName() + "' has no owner in the pathway: an OHT coordinator gives"
            + " it to someone instead.");
  }

  /**
   * Whether a task may be offered to a group (or, with a null group, to a candidate user): only
   * to the group whose work it is, and a task that one person owns only while nobody has it
   * (back in its role's queue).
   */
  public Decision mayOffer(DelegateTask task, String groupId) {
    Optional<TaskRole> role = TaskRole.of(((TaskEntity) task).getTaskDefinition());
    if (groupId != null && !(role.isPresent() ? role.get().group().equals(groupId) : Groups.ADMINS.equals(groupId))) {
      return Decision.refuse("The task '" + task.getName() + "' can be offered only to the "
          + role.map(TaskRole::label).orElse("administrators") + ".");
    }
    if (role.isPresent() && role.get().individual() && task.getAssignee() != null) {
      return Decision.refuse("The task '" + task.getName() + "' is assigned: it can be offered to the "
          + role.get().label() + " only once a coordinator has taken it back.");
    }
    return Decision.allow();
  }

  /** Throws {@link CaseActionRefused}, audited, unless the decision allows. */
  void requireToAssign(DelegateTask task, Decision decision) {
    if (!decision.allowed()) {
      auditTaskDecision(CaseAction.ASSIGN_TASK, task, decision);
      throw new CaseActionRefused(decision.reason());
    }
  }

  /** What a person may do with a change to the pathway (docs/security.md, "Who changes the pathway"). */
  public enum PathwayChangeAction {
    /** Check files against the pathway; nothing is kept. */
    CHECK(null),
    READ(AuditLog.Action.READ_PATHWAY_CHANGE),
    PROPOSE(AuditLog.Action.PROPOSE_PATHWAY_CHANGE),
    /** Approve or reject a proposed change. */
    DECIDE(AuditLog.Action.DECIDE_PATHWAY_CHANGE),
    ROLL_BACK(AuditLog.Action.ROLL_BACK_PATHWAY_CHANGE);

    private final AuditLog.Action audited;

    PathwayChangeAction(AuditLog.Action audited) {
      this.audited = audited;
    }
  }

  /**
   * Service designers check, propose and roll back changes; service managers and administrators
   * decide on them, never on their own; all three read them. Nobody else, and nobody deploys a
   * change any other way (designers hold no deployment rights).
   */
  public Decision mayChangePathway(PathwayChangeAction action, String proposedBy) {
    Authentication user = identity.getCurrentAuthentication();
    if (isSystem(user)) {
      return Decision.allow();
    }
    boolean admin = isAdmin(user);
    boolean designer = inGroup(user, Groups.SERVICE_DESIGNERS);
    boolean approver = inGroup(user, TaskRole.CHANGE_APPROVERS);
    return switch (action) {
      case CHECK, READ -> admin || designer || approver ? Decision.allow()
          : Decision.refuse("Changes to the pathway are for service designers, service managers and administrators.");
      case PROPOSE, ROLL_BACK -> admin || designer ? Decision.allow()
          : Decision.refuse("Only a service designer or an administrator proposes a change to the pathway.");
      case DECIDE -> !(admin || approver)
          ? Decision.refuse("Only a service manager or an administrator decides on a change to the pathway.")
          : user.getUserId().equals(proposedBy)
              ? Decision.refuse("You proposed this change: another service manager or administrator decides on it.")
              : Decision.allow();
    };
  }

  /** Decides, audits the answer against the change's reference, and throws {@link CaseActionRefused} on refusal. */
  public void requireToChangePathway(PathwayChangeAction action, String changeReference, String proposedBy) {
    Decision decision = mayChangePathway(action, proposedBy);
    Authentication user = identity.getCurrentAuthentication();
    if (action.audited != null && !isSystem(user)) {
      audit.record(user.getUserId(), action.audited, changeReference, decision.allowed());
    }
    if (!decision.allowed()) {
      throw new CaseActionRefused(decision.reason());
    }
  }

  public boolean isAdmin(Authentication user) {
    return Groups.isAdmin(user);
  }

  private String referenceOf(DelegateTask task) {
    return referralOf(task.getProcessInstanceId()).map(Referral::getReference).orElse(null);
  }

  /** The Health Trainer the case is allocated to now (after any reallocation), from the case's progress. */
  private static boolean isAllocatedTrainer(Authentication user, ReferralProgress case_) {
    return case_ != null && user.getUserId().equals(case_.getTrainerId());
  }

  /** The practitioner who holds the case now: who made it, or whom probation transferred it to. */
  private static boolean isPractitioner(Authentication user, ReferralProgress case_) {
    return case_ != null && user.getUserId().equals(case_.getPractitionerId());
  }

  private boolean isMember(String userId, String group) {
    return AsSystem.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
  }

  private static boolean isSystem(Authentication user) {
    return user == null || user.getUserId() == null;
  }

  private static boolean inGroup(Authentication user, String group) {
    return user.getGroupIds() != null && user.getGroupIds().contains(group);
  }
}
