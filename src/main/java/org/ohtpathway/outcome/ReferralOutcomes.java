package org.ohtpathway.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ohtpathway.contact.ContactService;
import org.ohtpathway.eligibility.EligibilityDecision;
import org.ohtpathway.eligibility.EligibilityService;
import org.ohtpathway.exit.Exit;
import org.ohtpathway.exit.ExitReason;
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
    boolean withdrawn = withdrawals.withdrawalOf(referralId).isPresent()
        || withdrawals.consentWithdrawalOf(referralId).isPresent();
    Boolean eligible = eligibility.decisionFor(referralId).map(EligibilityDecision::isEligible).orElse(null);
    return endState(withdrawn, eligible, contact.conclusion(referralId),
        exits.exitOf(referralId).map(Exit::getReason).orElse(null));
  }

  /**
   * How a referral ended, from what was recorded: withdrawn (by the practitioner, or consent);
   * declined (not eligible, or declined at first contact); ended early (unable to contact, or an
   * exit that was not a completion); completed. Empty while it is open.
   */
  public static Optional<EndState> endState(boolean withdrawn, Boolean eligible, ContactService.Conclusion contact,
      ExitReason exitReason) {
    if (withdrawn) {
      return Optional.of(EndState.WITHDRAWN);
    }
    if (Boolean.FALSE.equals(eligible) || contact == ContactService.Conclusion.DECLINED) {
      return Optional.of(EndState.DECLINED);
    }
    if (contact == ContactService.Conclusion.UNABLE_TO_CONTACT) {
      return Optional.of(EndState.ENDED_EARLY);
    }
    if (exitReason == null) {
      return Optional.empty();
    }
    return Optional.of(exitReason.group() == ExitReasonGroup.COMPLETED ? EndState.COMPLETED : EndState.ENDED_EARLY);
  }

  public boolean isOpen(Long referralId) {
    return endStateOf(referralId).isEmpty();
  }

  public List<Long> openOf(Collection<Long> referralIds) {
    return referralIds.stream().filter(this::isOpen).toList();
  }
}
