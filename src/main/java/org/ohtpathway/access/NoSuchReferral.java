package org.ohtpathway.access;

/** A request named a reference that no referral has: the caller's mistake, answered 404. */
public class NoSuchReferral extends RuntimeException {

  public NoSuchReferral(String reference) {
    super("No referral has the reference " + reference + ".");
  }
}
