package org.ohtpathway.modelling;

import java.util.Map;
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

  private BpmnRules() {
  }

  static void check(ModelXml model) {
    model.forEachElement(element -> check(model, element));
  }

  private static void check(ModelXml model, Element element) {
    String name = ModelXml.localName(element);
    if (CODE_ELEMENTS.containsKey(name)) {
      throw model.refuse(element, "<" + element.getTagName() + "> is not allowed: " + CODE_ELEMENTS.get(name) + ".");
    }
    if ("constraint".equals(name) && "validator".equals(element.getAttribute("name"))) {
      throw model.refuse(element, "a form field validator is not allowed: it is a Java class or an expression "
          + "the engine runs on the server.");
    }
    for (Attr attribute : ModelXml.attributes(element)) {
      String attributeName = ModelXml.localName(attribute);
      if (CODE_ATTRIBUTES.containsKey(attributeName) || attributeName.endsWith("Class")) {
        throw model.refuse(element, attribute.getName() + "=\"" + attribute.getValue() + "\" is not allowed: "
            + CODE_ATTRIBUTES.getOrDefault(attributeName, "it names a Java class for the engine to create and run")
            + ".");
      }
      expression(model, element, attribute.getValue());
    }
    expression(model, element, ModelXml.text(element));
  }

  static void expression(ModelXml model, Element element, String text) {
    if (ExpressionRules.holdsExpression(text)) {
      ExpressionRules.problem(text).ifPresent(problem -> {
        throw model.refuse(element, problem + ".");
      });
    }
  }
}
