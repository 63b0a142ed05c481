package org.ohtpathway.caseview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ohtpathway.access.CaseAuthority;
import org.ohtpathway.audit.AuditLog;
import org.ohtpathway.audit.NotAReferenceException;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.CaseProgress.Caseload;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Person;
import org.ohtpathway.referral.ReferralService;
import org.ohtpathway.security.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Caseloads: {@code GET /api/cases?list=mine|open|unallocated|overdue|on-hold|closed&q=&page=&limit=}.
 * A Health Trainer's and a practitioner's own cases ({@code mine}); the lists of every case for
 * those who follow every case (coordinators, managers). Each list is one indexed query of the
 * read model, plus one query for the names shown and one engine query for the next steps,
 * whatever the number of rows. {@code q} finds a case by its reference for anyone who may open
 * it, and by CRN or name only the cases whose person the user may see.
 */
@RestController
class CaseloadController {

  static final int MOST_ROWS = 100;
  private static final Pattern HIDDEN = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\p{Cs}]");

  /** The lists, by the name in their address. */
  enum CaseList {
    MINE("mine", "My cases"), OPEN("open", "All open"), UNALLOCATED("unallocated", "Unallocated"),
    OVERDUE("overdue", "Overdue"), ON_HOLD("on-hold", "On hold"), CLOSED("closed", "Closed");

    final String id;
    final String label;

    CaseList(String id, String label) {
      this.id = id;
      this.label = label;
    }

    static Optional<CaseList> byId(String id) {
      return Arrays.stream(values()).filter(list -> list.id.equals(id)).findFirst();
    }
  }

  private final CaseProgress progress;
  private final CaseAuthority authority;
  private final ReferralService referrals;
  private final NextSteps nextSteps;
  private final IdentityService identity;
  private final AuditLog audit;
  private final StaffNames names;

  /** Fewer letters of a name would find most people: a search is for one person. */
  private static final int SHORTEST_SEARCH = 3;

  CaseloadController(CaseProgress progress, CaseAuthority authority, ReferralService referrals, NextSteps nextSteps,
      IdentityService identity, AuditLog audit, StaffNames names) {
    this.names = names;
    this.audit = audit;
    this.progress = progress;
    this.authority = authority;
    this.referrals = referrals;
    this.nextSteps = nextSteps;
    this.identity = identity;
  }

  @GetMapping("/api/cases")
  ResponseEntity<Object> caseload(@RequestParam(required = false) String list,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int limit) {
    Authentication user = identity.getCurrentAuthentication();
    List<CaseList> lists = listsOf(user);
    if (limit < 1 || limit > MOST_ROWS) {
      return refused(400, "The parameter 'limit' must be a whole number from 1 to " + MOST_ROWS + ".");
    }
    if (page < 0 || page > 10_000) {
      return refused(400, "The parameter 'page' must be a whole number from 0.");
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("lists", lists.stream().map(shown -> Map.of("id", shown.id, "label", shown.label)).toList());
    List<ReferralProgress> found;
    if (q != null && !q.isEmpty()) {
      String text = q.trim();
      if (q.length() > 100 || HIDDEN.matcher(q).find() || text.length() < SHORTEST_SEARCH) {
        return refused(400, "Search: type a reference, a CRN or at least " + SHORTEST_SEARCH + " letters of a"
            + " name (at most 100 characters, no hidden characters).");
      }
      audit.record(user.getUserId(), AuditLog.Action.SEARCH_CASES,
          NotAReferenceException.isReference(text) ? text : null, true);
      answer.put("q", text);
      found = search(text, limit);
    } else {
      CaseList chosen = list == null ? (lists.isEmpty() ? null : lists.get(0)) : CaseList.byId(list).orElse(null);
      if (list != null && chosen == null) {
        return refused(400, "The parameter 'list' must be one of mine, open, unallocated, overdue, on-hold,"
            + " closed.");
      }
      if (chosen == null || !lists.contains(chosen)) {
        return refused(403, lists.isEmpty()
            ? "You have no caseload: find a case by its reference."
            : "That list is not one of yours: yours are " + String.join(", ", lists.stream().map(l -> l.id).toList())
                + ".");
      }
      answer.put("list", chosen.id);
      found = rowsOf(chosen, user, page, limit);
    }
    // A full page: another may follow.
    boolean more = found.size() >= limit;
    List<ReferralProgress> shown = found;
    answer.put("page", page);
    answer.put("limit", limit);
    answer.put("more", more);
    answer.put("rows", rows(shown));
    return ResponseEntity.ok(answer);
  }

  /** A Health Trainer and a practitioner have their own cases; coordinators and managers follow every case. */
  private List<CaseList> listsOf(Authentication user) {
    List<CaseList> lists = new ArrayList<>();
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.contains(Groups.HEALTH_TRAINERS) || groups.contains(Groups.PROBATION_PRACTITIONERS)) {
      lists.add(CaseList.MINE);
    }
    if (groups.contains(Groups.COORDINATORS) || groups.contains(Groups.MANAGERS) || authority.isAdmin(user)) {
      lists.addAll(List.of(CaseList.OPEN, CaseList.UNALLOCATED, CaseList.OVERDUE, CaseList.ON_HOLD, CaseList.CLOSED));
    }
    return lists;
  }

  private List<ReferralProgress> rowsOf(CaseList list, Authentication user, int page, int size) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    List<ReferralProgress> rows = switch (list) {
      case MINE -> progress.caseload(groups.contains(Groups.HEALTH_TRAINERS) ? Caseload.TRAINER_OPEN
          : Caseload.PRACTITIONER, user.getUserId(), page, size);
      case OPEN -> progress.caseload(Caseload.ALL_OPEN, null, page, size);
      case UNALLOCATED -> progress.caseload(Caseload.UNALLOCATED, null, page, size);
      case ON_HOLD -> progress.caseload(Caseload.ON_HOLD, null, page, size);
      case CLOSED -> progress.caseload(Caseload.CLOSED, null, page, size);
      case OVERDUE -> overdue(page, size);
    };
    // The lists are the user's own or every case's; asking the authority of each row costs no query.
    return rows.stream().filter(authority::mayOpen).toList();
  }

  private List<ReferralProgress> overdue(int page, int size) {
    List<String> instances = nextSteps.overdue(java.util.Date.from(ServiceClock.now()), (page + 1) * size);
    int from = Math.min(page * size, instances.size());
    List<String> pageOf = instances.subList(from, Math.min(from + size, instances.size()));
    Map<String, ReferralProgress> cases = progress.ofProcessInstances(pageOf);
    return pageOf.stream().map(cases::get).filter(java.util.Objects::nonNull).filter(ReferralProgress::isOpen)
        .toList();
  }

  private List<ReferralProgress> search(String text, int limit) {
    if (NotAReferenceException.isReference(text)) {
      return progress.ofReference(text).filter(authority::mayOpen).map(List::of).orElse(List.of());
    }
    // Only the cases whose person the user may see can be found by who the person is.
    return progress.ofReferrals(referrals.search(text, MOST_ROWS)).stream().filter(authority::maySeePerson)
        .limit(limit).toList();
  }

  private List<Map<String, Object>> rows(List<ReferralProgress> cases) {
    List<Long> named = cases.stream().filter(authority::maySeePerson).map(ReferralProgress::getReferralId).toList();
    Map<Long, Person> people = referrals.peopleOf(named);
    Map<String, Map<String, Object>> next = nextSteps.soonestOf(cases.stream().filter(ReferralProgress::isOpen)
        .map(ReferralProgress::getProcessInstanceId).toList());
    Map<String, String> staff = names.of(cases.stream()
        .flatMap(row -> java.util.stream.Stream.of(row.getTrainerId(), row.getPractitionerId())).toList());
    return cases.stream().map(row -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("reference", row.getReference());
      Person person = people.get(row.getReferralId());
      shown.put("name", person == null ? null : person.getName());
      shown.put("crn", person == null ? null : person.getCrn());
      shown.put("stage", row.getStage().label());
      shown.put("priority", row.getPriority() == null ? null
        : org.ohtpathway.allocation.Priority.valueOf(row.getPriority()).label());
      shown.put("trainer", row.getTrainerId());
      shown.put("practitioner", row.getPractitionerId());
      shown.put("trainerName", staff.get(row.getTrainerId()));
      shown.put("practitionerName", staff.get(row.getPractitionerId()));
      shown.put("receivedOn", row.getReceivedOn());
      shown.put("onHold", row.isOnHold());
      shown.put("lookAgainOn", row.getLookAgainOn());
      Map<String, Object> step = next.get(row.getProcessInstanceId());
      shown.put("nextStep", step == null ? null : step.get("task"));
      shown.put("nextDue", step == null ? null : step.get("due"));
      shown.put("endState", row.getEndState() == null ? null : row.getEndState().name());
      shown.put("endedOn", row.getEndedOn());
      return shown;
    }).toList();
  }

  private static ResponseEntity<Object> refused(int status, String message) {
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
