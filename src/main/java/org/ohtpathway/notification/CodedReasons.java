package org.ohtpathway.notification;

import java.util.Optional;

/**
 * The reason an email names ({@code {{reason}}}): the label of a coded reason, never words
 * someone typed. The stage that records the reason answers for its own events.
 */
public interface CodedReasons {

  /** The label of the reason this event of the referral is about, if this stage recorded it. */
  Optional<String> reasonFor(NotificationEvent event, Long referralId);
}
