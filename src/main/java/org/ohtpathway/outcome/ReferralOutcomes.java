package org.ohtpathway.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ohtpathway.contact.ContactService;
import org.ohtpathway.eligibility.EligibilityDecision;
import org.ohtpathway.eligibility.EligibilityService;
import org.ohtpathway.exit.ExitReasonGroup;
import org.ohtpathway.exit.ExitService;
import org.ohtpathway.withdrawal.WithdrawalService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Derives a referral's end state from its records: a withdrawal (by the practitioner, or of
 * consent) ends it as withdrawn; not eligible, or declined at first contact, as declined;
 * unable to contact as ended early; an exit as completed or ended early by the exit
 * reason's group. A referral with none of these is open.
 */
@Service
@Transactional(readOnly = true)
public class ReferralOutcomes {

  private final WithdrawalService withdrawals;
  private final EligibilityService eligibility;
  private final ContactService contact;
  private final ExitService exits;

  ReferralOutcomes(WithdrawalService withdrawals, EligibilityService eligibility,
      ContactService contact, ExitService exits) {
    this.withdrawals = withdrawals;
    this.eligibility = eligibility;
    this.contact = contact;
    this.exits = exits;
  }

  public Optional<EndState> endStateOf(Long referralId) {
    if (withdrawals.withdrawalOf(referralId).isPresent()
        || withdrawals.consentWithdrawalOf(referralId).isPresent()) {
      return Optional.of(EndState.WITHDRAWN);
    }
    Optional<EligibilityDecision> decision = eligibility.decisionFor(referralId);
    if (decision.isPresent() && !decision.get().isEligible()) {
      return Optional.of(EndState.DECLINED);
    }
    switch (contact.conclusion(referralId)) {
      case DECLINED:
        return Optional.of(EndState.DECLINED);
      case UNABLE_TO_CONTACT:
        return Optional.of(EndState.ENDED_EARLY);
      default:
        break;
    }
    return exits.exitOf(referralId).map(exit -> exit.getReason().group() == ExitReasonGroup.COMPLETED
        ? EndState.COMPLETED : EndState.ENDED_EARLY);
  }

  public boolean isOpen(Long referralId) {
    return endStateOf(referralId).isEmpty();
  }

  public List<Long> openOf(Collection<Long> referralIds) {
    return referralIds.stream().filter(this::isOpen).toList();
  }
}
