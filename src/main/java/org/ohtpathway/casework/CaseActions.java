package org.ohtpathway.casework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.referral.Referral;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The case actions there are, and taking one: in one transaction, so a refused form records nothing. */
@Service
public class CaseActions {

  private final List<CaseActionForm> forms;
  private final TransactionTemplate transaction;

  CaseActions(List<CaseActionForm> forms, TransactionTemplate transaction) {
    this.forms = forms;
    this.transaction = transaction;
  }

  public List<CaseActionForm> all() {
    return forms;
  }

  public Optional<CaseActionForm> find(String id) {
    return forms.stream().filter(form -> form.id().equals(id)).findFirst();
  }

  /**
   * Takes an action the one authority has allowed and the user has confirmed; returns the
   * sentence shown after it, or throws {@code FormRejectedException} naming the fields to correct.
   */
  public String take(CaseActionForm form, Referral referral, Map<String, Object> values, String actor) {
    return transaction.execute(status -> form.take(referral, FormInput.of(values), actor));
  }
}
