package org.ohtpathway.audit;

import org.ohtpathway.referral.Referral;

/**
 * A request named a referral by something that is not a referral reference. It is the
 * caller's to correct (400), and says what a reference looks like without repeating what was
 * sent, which may be anything.
 */
public class NotAReferenceException extends RuntimeException {

  NotAReferenceException() {
    super("That is not a referral reference: a reference looks like OHT-yyyy-nnnnnn, for example OHT-2026-000123.");
  }

  public static boolean isReference(String reference) {
    return Referral.isReference(reference);
  }
}
