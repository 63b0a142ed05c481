package org.ohtpathway.allocation;

import org.ohtpathway.form.Coded;

/** What a coordinator decides at triage ({@code Gateway_TriageOutcome} reads it). */
public enum TriageOutcome implements Coded {
  ALLOCATE("Allocate to a Health Trainer"),
  ASK("Ask the practitioner for more information"),
  DECLINE("Decline the referral");

  private final String label;

  TriageOutcome(String label) { this.label = label; }

  @Override public String label() { return label; }
}
