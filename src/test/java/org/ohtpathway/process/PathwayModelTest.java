package org.ohtpathway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.junit.jupiter.api.Test;
import org.ohtpathway.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The ids the code relies on exist in the deployed models, and every element has a name. */
@PathwayTest
class PathwayModelTest {

  @Autowired RepositoryService repository;

  @Test
  void everyIdTheCodeUsesExistsInTheDeployedModels() throws Exception {
    List<BpmnModelInstance> models = new ArrayList<>();
    Set<String> processKeys = new HashSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      models.add(repository.getBpmnModelInstance(definition.getId()));
      processKeys.add(definition.getKey());
    }
    Set<String> elementIds = new HashSet<>();
    Set<String> messages = new HashSet<>();
    for (BpmnModelInstance model : models) {
      model.getModelElementsByType(BaseElement.class).forEach(element -> elementIds.add(element.getId()));
      model.getModelElementsByType(Message.class).forEach(message -> messages.add(message.getName()));
    }
    Set<String> decisionKeys = new HashSet<>();
    repository.createDecisionDefinitionQuery().latestVersion().list()
        .forEach(decision -> decisionKeys.add(decision.getKey()));

    for (Field field : PathwayModel.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
        continue;
      }
      String value = (String) field.get(null);
      Collection<String> expectedIn = field.getName().startsWith("PROCESS_") ? processKeys
          : field.getName().startsWith("DECISION_") ? decisionKeys
          : field.getName().startsWith("MESSAGE_") ? messages
          : elementIds;
      assertThat(expectedIn).as("PathwayModel.%s = %s", field.getName(), value).contains(value);
    }
  }

  @Test
  void everyActivityEventAndDecidingGatewayHasAName() {
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (FlowNode node : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowNode.class)) {
        boolean needsName = node instanceof Activity || node instanceof Event
            || (node instanceof Gateway && node.getOutgoing().size() > 1);
        if (needsName) {
          assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
        }
      }
    }
  }
}
