package org.ohtpathway.referral;

import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ohtpathway.process.AsSystem;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ReferralService {

  private final PersonRepository people;
  private final ReferralRepository referrals;
  private final ConsentRepository consents;
  private final AcknowledgementRepository acknowledgements;
  private final CaseProgress progress;
  private final org.camunda.bpm.engine.IdentityService identity;

  ReferralService(PersonRepository people, ReferralRepository referrals, ConsentRepository consents,
      AcknowledgementRepository acknowledgements, CaseProgress progress,
      org.camunda.bpm.engine.IdentityService identity) {
    this.identity = identity;
    this.people = people;
    this.referrals = referrals;
    this.consents = consents;
    this.acknowledgements = acknowledgements;
    this.progress = progress;
  }

  /** Records a new referral with its person and consent, and gives it its reference. */
  public Referral receive(PersonDetails person, ReferralDetails details, ConsentDetails consent,
      String processInstanceId, String referrer, Instant at) {
    Person savedPerson = people.save(new Person(person, referrer, at));
    Referral referral = referrals.save(
        new Referral(savedPerson, details, processInstanceId, referrer, at));
    referral.assignReference(reference(LocalDate.ofInstant(at, ServiceClock.SERVICE_ZONE).getYear(),
        referral.getId()));
    consents.save(new Consent(referral, consent, referrer, at));
    progress.opened(referral.getId(), referral.getReference(), processInstanceId, at, referrer);
    return referral;
  }

  static String reference(int year, long id) {
    return String.format("OHT-%d-%06d", year, id);
  }

  @Transactional(readOnly = true)
  public Referral get(Long referralId) {
    return referrals.findById(referralId)
        .orElseThrow(() -> new IllegalArgumentException("No referral with id " + referralId));
  }

  @Transactional(readOnly = true)
  public Optional<Referral> findByReference(String reference) {
    return referrals.findByReference(reference);
  }

  /** The referral whose pathway is this process instance. */
  @Transactional(readOnly = true)
  public Optional<Referral> findByProcessInstanceId(String processInstanceId) {
    return referrals.findByProcessInstanceId(processInstanceId);
  }

  @Transactional(readOnly = true)
  public List<Referral> findByCrn(String crn) {
    return referrals.findByPersonCrnOrderByRecordedAtDesc(crn);
  }

  /** The ids of every referral of the person with this CRN, in one query. */
  @Transactional(readOnly = true)
  public List<Long> referralIdsOf(String crn) {
    return referrals.idsByPersonCrn(crn);
  }

  /** The referrals with their people, in one query: for a caseload's names. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, Person> peopleOf(java.util.Collection<Long> referralIds) {
    java.util.Map<Long, Person> people = new java.util.HashMap<>();
    if (!referralIds.isEmpty()) {
      referrals.findWithPersonByIdIn(referralIds).forEach(referral -> people.put(referral.getId(), referral.getPerson()));
    }
    return people;
  }

  /** The ids of the referrals whose person has this CRN, or whose name contains the text, newest first. */
  @Transactional(readOnly = true)
  public List<Long> search(String crnOrName, int limit) {
    String text = crnOrName.trim();
    // The text is matched as typed: its wildcard characters are escaped (with '!'), never wildcards.
    String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
        .replace("_", "!_") + "%";
    return referrals.searchByCrnOrName(text.toUpperCase(java.util.Locale.ROOT), like,
        org.springframework.data.domain.PageRequest.of(0, limit));
  }

  @Transactional(readOnly = true)
  public List<Referral> referredBefore(Instant before) {
    return referrals.findByRecordedAtBefore(before);
  }

  /** Whether any referral was ever made (the demo makes its referrals only on a first start). */
  @Transactional(readOnly = true)
  public boolean anyReferral() {
    return referrals.count() > 0;
  }

  @Transactional(readOnly = true)
  public Consent consent(Long referralId) {
    return consents.findFirstByReferralIdOrderByRecordedAtDesc(referralId)
        .orElseThrow(() -> new IllegalStateException("Referral " + referralId + " has no consent record"));
  }

  public void acknowledge(Long referralId, Acknowledgement.Subject subject, String practitioner) {
    acknowledgements.save(new Acknowledgement(referralId, subject, practitioner, ServiceClock.now()));
    progress.reached(referralId, subject == Acknowledgement.Subject.INELIGIBILITY ? Milestone.NOT_ELIGIBLE_READ
        : Milestone.EXIT_SUMMARY_READ, ServiceClock.today(), practitioner);
  }

  @Transactional(readOnly = true)
  public boolean acknowledged(Long referralId, Acknowledgement.Subject subject) {
    return acknowledgements.countByReferralIdAndSubject(referralId, subject) > 0;
  }

  /** Removes the person's details and the referral's health, risk and offence details. */
  public void minimise(Long referralId) {
    get(referralId).minimise();
    consents.findFirstByReferralIdOrderByRecordedAtDesc(referralId).ifPresent(Consent::minimise);
  }

  /**
   * The names of the people these referrals are about, by referral id, in one query: for lists
   * that show whose each item is to those the {@code access.CaseAuthority} lets see it.
   */
  @Transactional(readOnly = true)
  public Map<Long, String> personNames(Collection<Long> referralIds) {
    Map<Long, String> names = new HashMap<>();
    peopleOf(referralIds).forEach((id, person) -> names.put(id, person.getName()));
    return names;
  }

  /**
   * What a form shows of the referral; the practitioner is the one who holds the case now (after
   * a transfer, the new one, from their account), so that nobody contacts one who no longer has it.
   */
  @Transactional(readOnly = true)
  public ReferralSummary summary(Long referralId) {
    Referral referral = get(referralId);
    String holder = progress.of(referralId).map(p -> p.getPractitionerId()).orElse(referral.getRecordedBy());
    if (holder.equals(referral.getRecordedBy())) {
      return ReferralSummary.of(referral);
    }
    org.camunda.bpm.engine.identity.User user = AsSystem.call(() ->
        identity.createUserQuery().userId(holder).singleResult());
    return ReferralSummary.of(referral, user == null ? holder
        : user.getFirstName() + " " + user.getLastName() + " (" + user.getEmail() + ")");
  }
}
