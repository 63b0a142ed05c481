package org.ohtpathway.change;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.access.CaseAuthority.PathwayChangeAction;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes to the pathway, from proposal to deployment: a service designer proposes files that
 * pass the check; the approval process ({@code ApprovePathwayChange}) simulates them beside the
 * pathway as it stands and asks a service manager or administrator other than the designer;
 * approval deploys the change and moves the running referrals that can move. A deployed change
 * can be rolled back the same way while no referral has passed a step it added. Who may do what
 * is the authority's ({@link CaseAuthority#mayChangePathway}).
 */
@Service
public class PathwayChanges {

  /** The approval of changes is the application's own: a change may not touch these. */
  static final List<String> OWN_FILES = List.of(PathwayModel.PROCESS_APPROVE_PATHWAY_CHANGE + ".bpmn",
      "approve-pathway-change.form", "pathway-change-not-approved.form");

  /** Changes one person may have waiting for a decision: each is simulated, and each asks an approver's time. */
  static final int WAITING_PER_DESIGNER = 5;

  private static final List<String> OWN_FORMS = List.of("approve-pathway-change", "pathway-change-not-approved");

  private static final PathwayFiles SHIPPED = PathwayFiles.shipped();

  private final PathwayChangeRepository changes;
  private final PathwayChangeFileRepository files;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CaseAuthority authority;
  private final AuditLog audit;
  private final ReferralMigration migration;
  private final TransactionTemplate transaction;
  private final SimulationRunner simulator;

  PathwayChanges(PathwayChangeRepository changes, PathwayChangeFileRepository files, RepositoryService repository,
      RuntimeService runtime, IdentityService identity, CaseAuthority authority, AuditLog audit,
      ReferralMigration migration, TransactionTemplate transaction, PathwayChangeProperties properties) {
    this.changes = changes;
    this.files = files;
    this.repository = repository;
    this.runtime = runtime;
    this.identity = identity;
    this.authority = authority;
    this.audit = audit;
    this.migration = migration;
    this.transaction = transaction;
    this.simulator = new SimulationRunner(properties.simulation(), properties.simulationTimeoutSeconds());
  }

  /** A proposal: the change recorded, or what the check found (nothing is recorded then). */
  public record Proposal(PathwayChange change, List<Finding> findings) {
  }

  /** What the check finds in these files read over the pathway as it stands. */
  public List<Finding> check(PathwayFiles change) {
    authority.requireToChangePathway(PathwayChangeAction.CHECK, null, null);
    return findings(change, false, asSystem(() -> DeployedPathway.current(repository)));
  }

  public Proposal propose(PathwayFiles change, String description) {
    return propose(change, description, false, null);
  }

  private Proposal propose(PathwayFiles change, String description, boolean complete, Long rollbackOf) {
    String user = identity.getCurrentAuthentication().getUserId();
    PathwayChangeAction action = rollbackOf == null ? PathwayChangeAction.PROPOSE : PathwayChangeAction.ROLL_BACK;
    CaseAuthority.Decision decision = authority.mayChangePathway(action, null);
    if (!decision.allowed()) {
      authority.requireToChangePathway(action, null, null);
    }
    if (description == null || description.isBlank()) {
      throw new PathwayChangeRefused("Say what the change does (description): the approver reads it.", false);
    }
    if (description.length() > 4000) {
      throw new PathwayChangeRefused("The description is " + description.length() + " characters long: shorten it"
          + " to 4000 at most.", false);
    }
    List<PathwayChange> waiting = changes.findByRecordedByAndStateOrderById(user, PathwayChange.State.PROPOSED);
    if (waiting.size() >= WAITING_PER_DESIGNER) {
      throw new PathwayChangeRefused("You have " + waiting.size() + " changes waiting for a decision ("
          + String.join(", ", waiting.stream().map(PathwayChange::reference).toList()) + "): propose the next one"
          + " once they are decided.", true);
    }
    // The pathway as it stands is read once: what is checked is what the summary, plan and fingerprint describe.
    PathwayFiles current = asSystem(() -> DeployedPathway.current(repository));
    List<Finding> findings = findings(change, complete, current);
    if (!findings.isEmpty()) {
      return new Proposal(null, findings);
    }
    PathwayChange proposed = asSystem(() -> transaction.execute(status -> {
      PathwayFiles after = complete ? change : change.over(current);
      PathwayChange saved = changes.save(new PathwayChange(description.strip(), complete, rollbackOf,
          current.fingerprint(), user, ServiceClock.now()));
      for (String name : change.names()) {
        byte[] before = current.get(name);
        if (complete && Arrays.equals(before, change.get(name))) {
          continue;
        }
        files.save(new PathwayChangeFile(saved.getId(), name, text(change.get(name)),
            before == null ? null : text(before)));
      }
      saved.proposed(ChangeSummary.of(current, after), CheckPathwayCommand.described(findings).strip(),
          migration.preview(current, after));
      runtime.createMessageCorrelation(PathwayModel.MESSAGE_PATHWAY_CHANGE_PROPOSED)
          .processInstanceBusinessKey(saved.reference())
          .setVariable(PathwayVariables.PATHWAY_CHANGE_ID.name(), saved.getId())
          .setVariable(PathwayVariables.PROPOSER_ID.name(), user)
          .correlateStartMessage();
      return saved;
    }));
    audit.record(user, rollbackOf == null ? AuditLog.Action.PROPOSE_PATHWAY_CHANGE
        : AuditLog.Action.ROLL_BACK_PATHWAY_CHANGE, proposed.reference(), true);
    return new Proposal(proposed, List.of());
  }

  private List<Finding> findings(PathwayFiles change, boolean complete, PathwayFiles current) {
    List<Finding> findings = new ArrayList<>();
    for (String name : change.names()) {
      boolean own = OWN_FILES.contains(name) || isOwn(name, change.get(name));
      if (own && !(complete && Arrays.equals(change.get(name), SHIPPED.get(name)))) {
        findings.add(new Finding(name, null, "the approval of changes to the pathway is the application's own: a"
            + " change cannot alter it, so leave the file out of the change."));
      }
    }
    findings.addAll(new PathwayCheck(SHIPPED).check(change, complete ? ownFiles(current) : current));
    return findings;
  }

  /** Whether a file, whatever its name, holds the approval process or one of its forms (by id, as the engine reads it). */
  private static boolean isOwn(String name, byte[] bytes) {
    if (name.endsWith(".form")) {
      return FormFields.read(bytes).map(form -> OWN_FORMS.contains(form.id())).orElse(false);
    }
    if (!name.endsWith(".bpmn")) {
      return false;
    }
    try {
      return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(bytes))
          .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).stream()
          .anyMatch(process -> PathwayModel.PROCESS_APPROVE_PATHWAY_CHANGE.equals(process.getId()));
    } catch (RuntimeException unreadable) {
      // The check says why it cannot be read; unread, it cannot be deployed either.
      return false;
    }
  }

  /** The application's own files of a pathway: what a whole pathway (a rollback) is read over. */
  private static PathwayFiles ownFiles(PathwayFiles pathway) {
    Map<String, byte[]> own = new LinkedHashMap<>();
    OWN_FILES.forEach(name -> {
      if (pathway.get(name) != null) {
        own.put(name, pathway.get(name));
      }
    });
    return new PathwayFiles(own);
  }

  /** {@code ServiceTask_SimulateChange}: the simulator on the change beside the pathway as it stands. */
  void simulate(Long changeId) {
    PathwayFiles current = DeployedPathway.current(repository);
    PathwayChange change = changes.findById(changeId).orElseThrow();
    String comparison = simulator.compare(current, effective(change, current));
    transaction.executeWithoutResult(status -> {
      PathwayChange simulated = changes.findById(changeId).orElseThrow();
      simulated.simulated(comparison);
      changes.save(simulated);
    });
  }

  /**
   * The approver's decision, from the approval form: only someone other than the designer,
   * allowed by the authority (audited). An approval checks the change again against the pathway
   * as it stands now and answers what it finds instead of deciding.
   */
  List<Finding> decide(Long changeId, boolean approve, boolean moveReferrals, String reason) {
    PathwayChange change = changes.findById(changeId).orElseThrow();
    authority.requireToChangePathway(PathwayChangeAction.DECIDE, change.reference(), change.getRecordedBy());
    if (approve) {
      List<Finding> findings = problemsNow(change, asSystem(() -> DeployedPathway.current(repository)));
      if (!findings.isEmpty()) {
        return findings;
      }
    }
    change.decided(approve, moveReferrals, reason, identity.getCurrentAuthentication().getUserId(),
        ServiceClock.now());
    changes.save(change);
    return List.of();
  }

  /**
   * What stops the change from being approved or deployed now: the pathway changed since it was
   * proposed (its summary and simulation are of another pathway), the check finds something in
   * its files as they would be deployed, or, for a rollback, a referral has passed a step it takes away.
   */
  private List<Finding> problemsNow(PathwayChange change, PathwayFiles current) {
    return asSystem(() -> {
      if (!current.fingerprint().equals(change.getBaseFingerprint())) {
        // Approving it now would deploy its files over a pathway its summary and simulation never saw.
        return List.of(new Finding("the pathway", null, "it has changed since " + change.reference() + " was"
            + " proposed (another change was deployed), so what this change does is no longer what it shows"));
      }
      List<Finding> found = new ArrayList<>(change.isCompletePathway() ? findings(effective(change, current), true, current)
          : findings(filesOf(change), false, current));
      if (change.getRollbackOf() != null) {
        PathwayChange rolledBack = changes.findById(change.getRollbackOf()).orElseThrow();
        List<String> passed = migration.passedNewSteps(rolledBack.getDeploymentId(),
            DeployedPathway.of(repository, rolledBack.getReplacedDeploymentId()),
            DeployedPathway.of(repository, rolledBack.getDeploymentId()));
        if (!passed.isEmpty()) {
          found.add(new Finding("the pathway", null, rolledBack.reference() + " can no longer be rolled back:"
              + " referrals have passed steps it added (" + String.join(", ", passed) + ")"));
        }
      }
      return found;
    });
  }

  /**
   * {@code ServiceTask_DeployChange}: deploys the approved change and starts moving running
   * referrals; false, with the reason recorded, when it cannot be deployed any more. Deployments
   * of changes take turns (a lock), so two approved at once are each checked on what the other deployed.
   */
  boolean deploy(Long changeId) {
    changes.lockForDeployment();
    PathwayChange change = changes.findById(changeId).orElseThrow();
    PathwayFiles current = DeployedPathway.current(repository);
    List<Finding> problems = problemsNow(change, current);
    if (!problems.isEmpty()) {
      change.notDeployed("Approved, but not deployed: " + problems.stream().map(Finding::toString).limit(5)
          .reduce((a, b) -> a + "; " + b).orElse("") + ". Propose it again.");
      changes.save(change);
      return false;
    }
    String replaced = DeployedPathway.deploymentId(repository);
    PathwayFiles pathway = effective(change, current);
    DeploymentBuilder deployment = repository.createDeployment().name("Pathway change " + change.reference())
        .source("OHT Pathway change");
    // The approval of changes stays the application's own deployment: it is never redeployed, nor moved, by a change.
    pathway.files().forEach((name, bytes) -> {
      if (!OWN_FILES.contains(name)) {
        deployment.addInputStream(name, new java.io.ByteArrayInputStream(bytes));
      }
    });
    DeploymentWithDefinitions deployed = deployment.deployWithResult();
    ReferralMigration.Started started = migration.start(deployed.getDeployedProcessDefinitions(),
        Boolean.TRUE.equals(change.getMigrateReferrals()));
    change.deployed(deployed.getId(), replaced, started.plan(), String.join(",", started.batchIds()),
        started.chosen());
    changes.save(change);
    if (change.getRollbackOf() != null) {
      changes.findById(change.getRollbackOf()).ifPresent(rolledBack -> {
        rolledBack.rolledBack();
        changes.save(rolledBack);
      });
    }
    return true;
  }

  /** {@code ServiceTask_RecordMigration}: whether every chosen referral has moved or failed to; recorded when so. */
  boolean recordMigration(Long changeId) {
    PathwayChange change = changes.findById(changeId).orElseThrow();
    List<String> batches = change.getBatchIds() == null || change.getBatchIds().isEmpty() ? List.of()
        : List.of(change.getBatchIds().split(","));
    ReferralMigration.Progress progress = migration.progress(batches, change.getChosen() == null ? 0
        : change.getChosen());
    if (progress.done()) {
      if (progress.moved() > 0) {
        migration.renameMovedTasks(change.getDeploymentId(),
            DeployedPathway.of(repository, change.getReplacedDeploymentId()),
            DeployedPathway.of(repository, change.getDeploymentId()));
      }
      change.migrationRecorded(progress.moved(), progress.notMoved(), progress.report());
      changes.save(change);
    }
    return progress.done();
  }

  /**
   * Proposes undoing a deployed change: the pathway as it was before it, approved the same way,
   * with running referrals moved back. Only the latest deployed change, and only while no
   * referral has passed a step it added.
   */
  public Proposal rollback(Long changeId, String description) {
    PathwayChange change = find(changeId);
    authority.requireToChangePathway(PathwayChangeAction.ROLL_BACK, change.reference(), null);
    PathwayChange latest = changes.findFirstByStateOrderByIdDesc(PathwayChange.State.DEPLOYED);
    if (change.getState() != PathwayChange.State.DEPLOYED || latest == null || !latest.getId().equals(changeId)) {
      throw new PathwayChangeRefused(change.reference() + " is " + change.getState().name().toLowerCase()
          .replace('_', ' ') + (latest == null ? "" : "; only the latest deployed change (" + latest.reference()
          + ") can be rolled back") + ".", true);
    }
    List<String> passed = asSystem(() -> migration.passedNewSteps(change.getDeploymentId(),
        DeployedPathway.of(repository, change.getReplacedDeploymentId()),
        DeployedPathway.of(repository, change.getDeploymentId())));
    if (!passed.isEmpty()) {
      throw new PathwayChangeRefused(change.reference() + " can no longer be rolled back: referrals have passed"
          + " steps it added (" + String.join(", ", passed) + "). Propose a change that undoes it instead.", true);
    }
    PathwayFiles before = asSystem(() -> DeployedPathway.of(repository, change.getReplacedDeploymentId()));
    String why = description == null || description.isBlank() ? "" : ": " + description.strip();
    String what = change.getDescription().length() > 200 ? change.getDescription().substring(0, 200) + "..."
        : change.getDescription();
    return propose(before, "Roll back " + change.reference() + " (" + what + ")" + why, true, change.getId());
  }

  private static final java.util.regex.Pattern REFERENCES =
      java.util.regex.Pattern.compile(org.ohtpathway.referral.Referral.REFERENCE_SHAPE);

  /**
   * A change's text as the reader may see it: the references of referrals that would stay on
   * their version are for those who decide (they see them in Cockpit too); designers read counts.
   */
  public String forReader(String text) {
    if (text == null || authority.mayChangePathway(PathwayChangeAction.DECIDE, null).allowed()) {
      return text;
    }
    return REFERENCES.matcher(text).replaceAll("(a referral)");
  }

  /** A change, for one who may read changes (audited). */
  public PathwayChange read(Long changeId) {
    PathwayChange change = find(changeId);
    authority.requireToChangePathway(PathwayChangeAction.READ, change.reference(), null);
    return change;
  }

  public List<PathwayChange> latest() {
    authority.requireToChangePathway(PathwayChangeAction.READ, null, null);
    return changes.findTop50ByOrderByIdDesc();
  }

  public List<PathwayChangeFile> filesOfChange(Long changeId) {
    return files.findByChangeIdOrderByName(changeId);
  }

  Optional<PathwayChange> byId(Long changeId) {
    return changes.findById(changeId);
  }

  private PathwayChange find(Long changeId) {
    return changes.findById(changeId).orElseThrow(() -> new PathwayChangeNotFound(changeId));
  }

  private PathwayFiles filesOf(PathwayChange change) {
    Map<String, byte[]> content = new LinkedHashMap<>();
    files.findByChangeIdOrderByName(change.getId()).forEach(file ->
        content.put(file.getName(), file.getContent().getBytes(StandardCharsets.UTF_8)));
    return new PathwayFiles(content);
  }

  /** The whole pathway with the change: its files over the pathway as it stands (a rollback's are the whole). */
  private PathwayFiles effective(PathwayChange change, PathwayFiles current) {
    PathwayFiles changed = filesOf(change);
    if (!change.isCompletePathway()) {
      return changed.over(current);
    }
    // A rollback stores only the files that differed; the rest are those of the version it returns to.
    return changed.over(DeployedPathway.of(repository, changes.findById(change.getRollbackOf()).orElseThrow()
        .getReplacedDeploymentId()));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Runs engine queries without the caller's authorizations (a designer reads no running referral). */
  private <T> T asSystem(Supplier<T> work) {
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
