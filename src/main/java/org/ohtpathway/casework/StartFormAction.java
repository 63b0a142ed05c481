package org.ohtpathway.casework;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.ohtpathway.form.FormInput;
import org.ohtpathway.process.PathwayMessages;
import org.ohtpathway.process.SystemCommands;
import org.ohtpathway.progress.ReferralProgress;
import org.ohtpathway.referral.Referral;

/**
 * A case action that is one of the pathway's requests about a referral (withdraw it, record
 * that consent is withdrawn, raise a safeguarding concern): taken from the case by submitting
 * that request's own start form as the user, for this case's reference, so its rules, its
 * record and its process are the same as from Tasklist, and nobody types a reference.
 */
public abstract class StartFormAction implements CaseActionForm {

  private final String processKey;
  private final String messageName;
  private final FormService forms;
  private final RepositoryService repository;
  private final PathwayMessages messages;
  private final SystemCommands system;

  protected StartFormAction(String processKey, String messageName, FormService forms, RepositoryService repository,
      PathwayMessages messages, SystemCommands system) {
    this.processKey = processKey;
    this.messageName = messageName;
    this.forms = forms;
    this.repository = repository;
    this.messages = messages;
    this.system = system;
  }

  /** While the pathway still listens for the request's event. */
  @Override
  public boolean appliesTo(ReferralProgress progress) {
    return messages.canReceive(progress.getProcessInstanceId(), messageName);
  }

  @Override
  public String take(Referral referral, FormInput in, String actor) {
    Map<String, Object> form = new LinkedHashMap<>(in.submitted());
    form.put("referralReference", referral.getReference());
    String definitionId = system.call(() -> repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId());
    forms.submitStartForm(definitionId, form);
    return done(referral);
  }

  /** The sentence shown after the request is made. */
  protected abstract String done(Referral referral);
}
