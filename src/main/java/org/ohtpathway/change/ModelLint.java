package org.ohtpathway.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Camunda Modeler's own lint rules (bpmnlint's recommended set, and the Camunda 7 checks of
 * the Modeler's problems panel) where they can be reproduced on the model alone. Each finding
 * names the rule as the Modeler does, so a designer can look it up there. Left out: fake-join,
 * which the pathway breaks on purpose (a loop back to triage, several ways to one end event).
 */
final class ModelLint {

  static final String PLATFORM = "Camunda Platform";
  static final String PLATFORM_VERSION = "7.24";

  private ModelLint() {
  }

  static final String MODELER = "http://camunda.org/schema/modeler/1.0";

  /**
   * The execution platform a file was made for in Camunda Modeler (its definitions' or form's
   * {@code executionPlatform} and version), as a finding when it is not Camunda 7.24.
   */
  static List<Finding> platform(String file, String platform, String version) {
    if (PLATFORM.equals(platform) && version != null && version.startsWith(PLATFORM_VERSION)) {
      return List.of();
    }
    return List.of(new Finding(file, null, "it is made for " + (platform == null ? "no execution platform"
        : platform + " " + version) + ": choose " + PLATFORM + " " + PLATFORM_VERSION + " in Camunda Modeler (the"
        + " version at the bottom right of the window), so the Modeler offers what the engine runs."));
  }

  static List<Finding> check(String file, BpmnModelInstance model) {
    Definitions definitions = model.getDefinitions();
    List<Finding> findings = new ArrayList<>(platform(file, definitions.getAttributeValueNs(MODELER,
        "executionPlatform"), definitions.getAttributeValueNs(MODELER, "executionPlatformVersion")));
    for (Process process : model.getModelElementsByType(Process.class)) {
      scope(file, process, process.getFlowElements(), findings);
    }
    for (SubProcess subProcess : model.getModelElementsByType(SubProcess.class)) {
      scope(file, subProcess, subProcess.getFlowElements(), findings);
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      node(file, node, findings);
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      if (timer.getTimeDate() == null && timer.getTimeDuration() == null && timer.getTimeCycle() == null) {
        findings.add(new Finding(file, describe(timer.getParentElement()), "camunda-compat: its timer has no date,"
            + " duration or cycle; give it one (the deadline functions, e.g. ${deadlines.reminder(execution,"
            + " 'assessment')})."));
      }
    }
    for (MessageEventDefinition message : model.getModelElementsByType(MessageEventDefinition.class)) {
      // A throwing message event sends through its delegate (the pathway's notifications); one that waits needs
      // the message it waits for.
      if (message.getParentElement() instanceof CatchEvent && message.getMessage() == null) {
        findings.add(new Finding(file, describe(message.getParentElement()), "camunda-compat: it waits for no"
            + " message; choose one of the pathway's messages."));
      }
    }
    return findings;
  }

  private static void scope(String file, BaseElement scope, Collection<FlowElement> elements,
      List<Finding> findings) {
    boolean eventSubProcess = scope instanceof SubProcess sub && sub.triggeredByEvent();
    List<StartEvent> starts = elements.stream().filter(StartEvent.class::isInstance).map(StartEvent.class::cast)
        .toList();
    if (starts.isEmpty()) {
      findings.add(new Finding(file, describe(scope), "start-event-required: it has no start event."));
    }
    if (!eventSubProcess && starts.stream().filter(start -> start.getEventDefinitions().isEmpty()).count() > 1) {
      findings.add(new Finding(file, describe(scope), "single-blank-start-event: it has more than one start event"
          + " without a trigger; the engine would not know which to start at."));
    }
    if (elements.stream().noneMatch(EndEvent.class::isInstance)) {
      findings.add(new Finding(file, describe(scope), "end-event-required: it has no end event, so where it ends"
          + " is not shown."));
    }
    Set<String> flows = new HashSet<>();
    for (FlowElement element : elements) {
      if (element instanceof SequenceFlow flow
          && !flows.add(flow.getSource().getId() + " > " + flow.getTarget().getId()
              + " if " + (flow.getConditionExpression() == null ? "" : flow.getConditionExpression().getTextContent()))) {
        findings.add(new Finding(file, describe(flow), "no-duplicate-sequence-flows: another flow joins the same two"
            + " elements on the same condition."));
      }
    }
  }

  private static void node(String file, FlowNode node, List<Finding> findings) {
    int incoming = node.getIncoming().size();
    int outgoing = node.getOutgoing().size();
    boolean needsName = node instanceof Activity || node instanceof Event || (node instanceof Gateway && outgoing > 1);
    if (needsName && (node.getName() == null || node.getName().isBlank())) {
      findings.add(new Finding(file, describe(node), "label-required: it has no name; staff see the names of tasks in"
          + " Tasklist and managers those of every step in Cockpit."));
    }
    boolean triggered = node instanceof BoundaryEvent || node instanceof StartEvent
        || (node instanceof SubProcess sub && sub.triggeredByEvent());
    if (incoming == 0 && outgoing == 0 && !triggered) {
      findings.add(new Finding(file, describe(node), "no-disconnected: no flow leads to it or from it."));
    }
    if (node instanceof Gateway) {
      if (incoming > 1 && outgoing > 1) {
        findings.add(new Finding(file, describe(node), "no-gateway-join-fork: it both joins and splits; use two"
            + " gateways, so each does one thing."));
      }
      if (incoming == 1 && outgoing == 1) {
        findings.add(new Finding(file, describe(node), "superfluous-gateway: it has one flow in and one out, and"
            + " decides nothing."));
      }
      if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway) && outgoing > 1) {
        String defaultFlow = node.getAttributeValue("default");
        for (SequenceFlow flow : node.getOutgoing()) {
          if (flow.getConditionExpression() == null && !flow.getId().equals(defaultFlow)) {
            findings.add(new Finding(file, describe(flow), "conditional-flows: it leaves the decision "
                + describe(node) + " without a condition; give it one, or make it the default flow."));
          }
        }
      }
    } else {
      long unconditional = node.getOutgoing().stream().filter(flow -> flow.getConditionExpression() == null).count();
      if (outgoing > 1 && unconditional > 1) {
        findings.add(new Finding(file, describe(node), "no-implicit-split: " + outgoing + " flows leave it without"
            + " conditions; split with a gateway, so it is clear which way the referral goes."));
      }
    }
  }

  /** An element as the Modeler shows it: its id and, where it has one, its name. */
  static String describe(ModelElementInstance element) {
    String id = element.getAttributeValue("id");
    String name = element.getAttributeValue("name");
    return (id == null ? "<" + element.getElementType().getTypeName() + ">" : id)
        + (name == null || name.isBlank() ? "" : " '" + name + "'");
  }
}
