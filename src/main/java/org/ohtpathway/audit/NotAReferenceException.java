package org.ohtpathway.audit;

import java.util.regex.Pattern;

/**
 * A request named a referral by something that is not a referral reference. It is the
 * caller's to correct (400), and says what a reference looks like without repeating what was
 * sent, which may be anything.
 */
public class NotAReferenceException extends RuntimeException {

  /**
   * OHT, the year, and the referral's number: six digits, more once a service has made a
   * million referrals (the column holds 20 characters).
   */
  public static final Pattern REFERENCE = Pattern.compile("^OHT-[0-9]{4}-[0-9]{6,11}$");

  NotAReferenceException() {
    super("That is not a referral reference: a reference looks like OHT-yyyy-nnnnnn, for example OHT-2026-000123.");
  }

  public static boolean isReference(String reference) {
    return reference != null && REFERENCE.matcher(reference).matches();
  }
}
