package org.ohtpathway.modelling;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ohtpathway.access.TaskRole;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.process.PathwayVariables;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * What a BPMN model may contain. Names are matched without their namespace, so that the
 * engine's second (legacy "activiti") namespace for its extensions is covered too.
 */
final class BpmnRules {

  /** Elements that carry code, by local name, and why they are refused. */
  private static final Map<String, String> CODE_ELEMENTS = Map.of(
      "scriptTask", "a script task runs a script on the server; use a service task with one of the pathway's "
          + "delegates",
      "script", "a script (camunda:script, in a listener, a mapping or a task) runs on the server",
      "connector", "a connector (camunda:connector) calls other systems from the server",
      "field", "a field injection (camunda:field) changes the state of one of the pathway's beans");

  /** Attributes that carry code, by local name, and why they are refused. */
  private static final Map<String, String> CODE_ATTRIBUTES = Map.of(
      "class", "camunda:class names a Java class for the engine to create and run",
      "language", "a condition in a script language (language=...) runs a script on the server",
      "scriptFormat", "a script runs on the server",
      "resource", "a script resource runs on the server",
      "formKey", "camunda:formKey shows an HTML form, whose scripts run in the browsers of staff; link a "
          + "Camunda Form with camunda:formRef");

  /** Attributes whose value names a variable the element writes. */
  private static final Set<String> WRITING_ATTRIBUTES = Set.of("resultVariable", "elementVariable",
      "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable", "initiator");

  /** Elements whose attribute names a variable they write. */
  private static final Map<String, String> WRITING_ELEMENTS = Map.of("inputParameter", "name",
      "outputParameter", "name", "in", "target", "out", "target", "formField", "id");

  private BpmnRules() {
  }

  static void check(ModelXml model) {
    model.forEachElement(element -> check(model, element));
  }

  static List<ModelRefusedException> problems(ModelXml model) {
    return model.problems(element -> check(model, element));
  }

  private static void check(ModelXml model, Element element) {
    String name = ModelXml.localName(element);
    if (!PathwayModel.PROCESS_APPROVE_PATHWAY_CHANGE.equals(processOf(element))) {
      for (Attr attribute : ModelXml.attributes(element)) {
        for (String delegate : Vocabulary.CHANGE_DELEGATES) {
          if (ExpressionRules.holdsExpression(attribute.getValue())
              && java.util.regex.Pattern.compile("\\b" + delegate + "\\b").matcher(attribute.getValue()).find()) {
            throw model.refuse(element, "the delegate '" + delegate + "' is not allowed here: only the approval of"
                + " changes to the pathway deploys, simulates or moves referrals.");
          }
        }
      }
    }
    if (CODE_ELEMENTS.containsKey(name)) {
      throw model.refuse(element, "<" + element.getTagName() + "> is not allowed: " + CODE_ELEMENTS.get(name) + ".");
    }
    if ("constraint".equals(name) && "validator".equals(element.getAttribute("name"))) {
      throw model.refuse(element, "a form field validator is not allowed: it is a Java class or an expression "
          + "the engine runs on the server.");
    }
    if ("humanPerformer".equals(name) || "potentialOwner".equals(name)) {
      throw model.refuse(element, "<" + element.getTagName() + "> is not allowed: a task is given to one of the"
          + " pathway's roles with camunda:assignee or camunda:candidateGroups.");
    }
    if (WRITING_ELEMENTS.containsKey(name)) {
      String variable = element.getAttribute(WRITING_ELEMENTS.get(name));
      writes(model, element, name, variable);
      if (("in".equals(name) || "out".equals(name)) && "all".equals(element.getAttribute("variables"))) {
        throw model.refuse(element, "<" + element.getTagName() + " variables=\"all\"> is not allowed: it hands"
            + " the pathway's variables, and with them its referral, to another process.");
      }
    }
    for (Attr attribute : ModelXml.attributes(element)) {
      String attributeName = ModelXml.localName(attribute);
      if (WRITING_ATTRIBUTES.contains(attributeName)) {
        writes(model, element, attributeName, attribute.getValue());
      }
      assignment(model, element, attribute);
      if (CODE_ATTRIBUTES.containsKey(attributeName) || attributeName.endsWith("Class")) {
        throw model.refuse(element, attribute.getName() + "=\"" + attribute.getValue() + "\" is not allowed: "
            + CODE_ATTRIBUTES.getOrDefault(attributeName, "it names a Java class for the engine to create and run")
            + ".");
      }
      expression(model, element, attribute.getValue());
    }
    expression(model, element, ModelXml.text(element));
  }

  /** A model may write a pathway variable only where the shipped models do. */
  private static void writes(ModelXml model, Element element, String how, String variable) {
    if (Vocabulary.isVariable(variable) && !how.equals(Vocabulary.VARIABLE_WRITES.get(variable))) {
      throw model.refuse(element, "it writes the pathway's variable '" + variable + "' (" + how + "): only the"
          + " pathway's forms and steps set it, so that no step can be pointed at another referral.");
    }
  }

  /**
   * A user task is given only to one of the pathway's roles, as TaskRole reads them. Only the
   * approval of a change to the pathway gives a task to the change's designer (${proposerId}) or
   * offers it to the approvers; every other task only to the roles that work on referrals.
   */
  private static void assignment(ModelXml model, Element element, Attr attribute) {
    String attributeName = ModelXml.localName(attribute);
    String value = attribute.getValue().trim();
    boolean approval = PathwayModel.PROCESS_APPROVE_PATHWAY_CHANGE.equals(processOf(element));
    String proposer = "${" + PathwayVariables.PROPOSER_ID.name() + "}";
    boolean allowed = switch (attributeName) {
      case "assignee" -> approval ? proposer.equals(value) : TaskRole.ASSIGNEES.containsKey(value)
          && !proposer.equals(value);
      case "candidateGroups" -> Arrays.stream(value.split(",")).map(String::trim)
          .allMatch(group -> approval ? TaskRole.CHANGE_APPROVERS.equals(group) : TaskRole.GROUPS.contains(group));
      case "candidateUsers", "owner" -> false;
      default -> true;
    };
    if (!allowed) {
      throw model.refuse(element, attribute.getName() + "=\"" + attribute.getValue() + "\" is not allowed: a task"
          + " is given to the allocated trainer (${trainerId}), the referring practitioner (${referrerId}) or"
          + " offered to one of the groups " + String.join(", ", new TreeSet<>(TaskRole.GROUPS)) + ".");
    }
  }

  /** The id of the process an element belongs to. */
  private static String processOf(Element element) {
    org.w3c.dom.Node at = element;
    while (at instanceof Element candidate && !"process".equals(ModelXml.localName(candidate))) {
      at = candidate.getParentNode();
    }
    return at instanceof Element process ? process.getAttribute("id") : null;
  }

  static void expression(ModelXml model, Element element, String text) {
    if (ExpressionRules.holdsExpression(text)) {
      ExpressionRules.problem(text).ifPresent(problem -> {
        throw model.refuse(element, problem + ".");
      });
    }
  }
}
