package org.ohtpathway.referral;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ohtpathway.process.Actor;
import org.ohtpathway.process.ServiceClock;
import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.TimelineEntry;
import org.ohtpathway.progress.Audience;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amends a referral's details from its case and keeps the change log: every detail changed
 * (old value, new value, who, when, why) and the outcome of each decision table the pathway
 * checked again because one of its inputs changed ({@code ServiceTask_CheckEligibilityAgain},
 * {@code ServiceTask_SuggestPriorityAgain}).
 */
@Service
@Transactional
public class AmendmentService implements CaseStage {

  private final ReferralService referrals;
  private final ReferralChangeRepository changes;

  AmendmentService(ReferralService referrals, ReferralChangeRepository changes) {
    this.referrals = referrals;
    this.changes = changes;
  }

  /** Records what differs from today's details and applies it; returns the details changed (none: nothing recorded). */
  public Set<ReferralField> amend(Long referralId, Amendment amended, String reason, String actor) {
    Referral referral = referrals.get(referralId);
    Map<ReferralField, String[]> differences = differences(Amendment.of(referral), amended);
    if (differences.isEmpty()) {
      return Set.of();
    }
    int amendment = changes.lastAmendment(referralId) + 1;
    differences.forEach((field, values) -> changes.save(new ReferralChange(referralId, amendment, field, values[0],
        values[1], reason, actor, ServiceClock.now())));
    referral.getPerson().amendContact(amended.phone(), amended.email(), amended.safeToPhone(),
        amended.safeToEmail(), amended.addressLine(), amended.postcode());
    referral.amend(amended.riskToOthers(), amended.riskToSelf(), amended.loneWorkingCautions(),
        amended.presentingNeeds(), amended.supervisionEndDate(), amended.releaseDate());
    return EnumSet.copyOf(differences.keySet());
  }

  private static Map<ReferralField, String[]> differences(Amendment before, Amendment after) {
    Map<ReferralField, String[]> found = new LinkedHashMap<>();
    compare(found, ReferralField.PHONE, before.phone(), after.phone());
    compare(found, ReferralField.EMAIL, before.email(), after.email());
    compare(found, ReferralField.SAFE_TO_PHONE, yesNo(before.safeToPhone()), yesNo(after.safeToPhone()));
    compare(found, ReferralField.SAFE_TO_EMAIL, yesNo(before.safeToEmail()), yesNo(after.safeToEmail()));
    compare(found, ReferralField.ADDRESS, before.addressLine(), after.addressLine());
    compare(found, ReferralField.POSTCODE, before.postcode(), after.postcode());
    compare(found, ReferralField.RISK_TO_OTHERS, name(before.riskToOthers()), name(after.riskToOthers()));
    compare(found, ReferralField.RISK_TO_SELF, name(before.riskToSelf()), name(after.riskToSelf()));
    compare(found, ReferralField.LONE_WORKING_CAUTIONS, before.loneWorkingCautions(), after.loneWorkingCautions());
    compare(found, ReferralField.PRESENTING_NEEDS, needs(before.presentingNeeds()), needs(after.presentingNeeds()));
    compare(found, ReferralField.SUPERVISION_END_DATE, string(before.supervisionEndDate()),
        string(after.supervisionEndDate()));
    compare(found, ReferralField.RELEASE_DATE, string(before.releaseDate()), string(after.releaseDate()));
    return found;
  }

  private static void compare(Map<ReferralField, String[]> found, ReferralField field, String before, String after) {
    if (!Objects.equals(before, after)) {
      found.put(field, new String[] {before, after});
    }
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static String needs(Set<HealthNeed> needs) {
    return needs.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).stream()
        .collect(Collectors.joining(", "));
  }

  /** Today's amendable details, what the amend form starts with. */
  @Transactional(readOnly = true)
  public Amendment today(Long referralId) {
    return Amendment.of(referrals.get(referralId));
  }

  /** The details changed by the referral's latest amendment: what the pathway checks again. */
  @Transactional(readOnly = true)
  public Set<ReferralField> changedByLatestAmendment(Long referralId) {
    Set<ReferralField> changed = EnumSet.noneOf(ReferralField.class);
    changes.findByReferralIdAndAmendment(referralId, changes.lastAmendment(referralId))
        .forEach(change -> changed.add(change.getField()));
    return changed;
  }

  /** The outcome of a decision table checked again after the latest amendment, as a line of its own. */
  public void recordOutcome(Long referralId, ReferralField table, String before, String outcome) {
    changes.save(new ReferralChange(referralId, changes.lastAmendment(referralId), table, before, outcome,
        null, Actor.current(), ServiceClock.now()));
  }

  @Transactional(readOnly = true)
  public List<ReferralChange> changeLogOf(Long referralId) {
    return changes.findByReferralIdOrderByIdAsc(referralId);
  }

  /**
   * Each amendment on the case's timeline: which details changed (progress, for everyone who
   * follows the case) and, for the health side, what they changed from and to and why; a
   * decision table checked again shows its outcome.
   */
  @Override
  public List<TimelineEntry> timeline(Long referralId) {
    Map<Integer, List<ReferralChange>> byAmendment = new LinkedHashMap<>();
    changeLogOf(referralId).forEach(change ->
        byAmendment.computeIfAbsent(change.getAmendment(), number -> new java.util.ArrayList<>()).add(change));
    List<TimelineEntry> entries = new java.util.ArrayList<>();
    for (List<ReferralChange> amendment : byAmendment.values()) {
      ReferralChange first = amendment.get(0);
      java.time.LocalDate on = java.time.LocalDate.ofInstant(first.getRecordedAt(), ServiceClock.SERVICE_ZONE);
      String fields = amendment.stream().filter(change -> !change.getField().isOutcome())
          .map(change -> change.getField().label()).collect(Collectors.joining(", "));
      entries.add(TimelineEntry.of(on, first.getRecordedAt(), "Referral amended: " + fields, first.getRecordedBy(),
          Audience.PROGRESS));
      String detail = amendment.stream().map(change -> change.getField().label() + ": "
          + (change.getOldValue() == null ? "(none)" : change.getOldValue()) + " → "
          + (change.getNewValue() == null ? "(none)" : change.getNewValue())).collect(Collectors.joining("; "));
      String why = amendment.stream().map(ReferralChange::getReason).filter(Objects::nonNull).findFirst()
          .map(reason -> " Why: " + reason).orElse("");
      entries.add(TimelineEntry.of(on, first.getRecordedAt(), "What the amendment changed", first.getRecordedBy(),
          Audience.NOTE).withDetail(detail + "." + why));
    }
    return entries;
  }

  @Override
  public void minimise(Long referralId) {
    changes.findByReferralIdOrderByIdAsc(referralId).forEach(ReferralChange::minimise);
  }
}
