package org.ohtpathway.casework;

import java.util.List;
import org.ohtpathway.access.CaseAction;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;

/**
 * An action staff take on a case from its case view (amend, reallocate, transfer, hold, resume,
 * withdraw, ...). {@link CaseActionController} lists the ones the logged-in user may take,
 * asks {@code CaseAuthority} before each, makes them confirm, audits it and runs
 * {@link #take}; the stage that owns the action implements this, records what was done and
 * tells the pathway (an event the model handles).
 */
public interface CaseActionForm {

  /** The action's id in its address: {@code /api/cases/{reference}/actions/{id}}. */
  String id();

  /** What the action is called on its button and in the audit log's words. */
  String label();

  /** What {@code CaseAuthority} decides for this action. */
  CaseAction action();

  /** Whether the action can be taken on the case as it stands (resume only while on hold, ...). */
  boolean appliesTo(ReferralProgress progress);

  /** The fields its form asks for, with today's values where it changes something. */
  List<ActionField> fields(Referral referral);

  /**
   * Takes the action for the logged-in user {@code actor}, in one transaction. Reads the
   * submitted values with {@link FormInput} (whose problems name the field) and calls
   * {@code in.requireValid()} before recording anything. Returns the sentence shown after it.
   */
  String take(Referral referral, FormInput in, String actor);
}
