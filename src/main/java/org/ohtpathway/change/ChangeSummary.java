package org.ohtpathway.change;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.type.ModelElementType;
import org.camunda.bpm.model.xml.type.attribute.Attribute;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What a change changes, in words an approver reads: per file, the steps added, removed,
 * renamed or changed; the decision rules added, removed or changed; the form fields added,
 * removed or relabelled.
 */
final class ChangeSummary {

  private static final byte[] EMPTY_BPMN = ("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
      + " targetNamespace=\"empty\"/>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private static final byte[] EMPTY_DMN = ("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
      + " id=\"empty\" name=\"empty\" namespace=\"empty\"/>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private ChangeSummary() {
  }

  static String of(PathwayFiles before, PathwayFiles after) {
    List<String> lines = new ArrayList<>();
    for (String name : after.names()) {
      byte[] was = before.get(name);
      byte[] now = after.get(name);
      if (Arrays.equals(was, now)) {
        continue;
      }
      List<String> changes = was == null ? List.of() : name.endsWith(".bpmn") ? bpmn(was, now)
          : name.endsWith(".dmn") ? dmn(was, now) : name.endsWith(".form") ? form(was, now) : List.of();
      if (was == null) {
        lines.add(name + ": a new file");
        List<String> holds = name.endsWith(".bpmn") ? bpmn(EMPTY_BPMN, now) : name.endsWith(".dmn") ? dmn(EMPTY_DMN, now)
            : name.endsWith(".form") ? form("{\"components\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8), now)
            : List.of();
        holds.forEach(change -> lines.add("  - " + change));
        continue;
      }
      lines.add(name + (changes.isEmpty() ? ": only its layout or documentation changed" : ":"));
      changes.forEach(change -> lines.add("  - " + change));
    }
    before.names().stream().filter(name -> after.get(name) == null).forEach(name -> lines.add(name + ": removed"));
    return lines.isEmpty() ? "Nothing changes." : String.join("\n", lines);
  }

  private static List<String> bpmn(byte[] was, byte[] now) {
    Optional<Map<String, ModelElementInstance>> before = flowElements(was);
    Optional<Map<String, ModelElementInstance>> after = flowElements(now);
    if (before.isEmpty() || after.isEmpty()) {
      return List.of("it cannot be read as BPMN");
    }
    Map<String, String> heldBefore = held(was);
    Map<String, String> heldAfter = held(now);
    List<String> changes = new ArrayList<>();
    after.get().forEach((id, element) -> {
      ModelElementInstance old = before.get().get(id);
      if (old == null) {
        Map<String, String> settings = signature(element);
        settings.keySet().removeAll(Set.of("incoming", "outgoing", "id", "name"));
        if (!heldAfter.getOrDefault(id, "").isEmpty()) {
          settings.put("holds", shown(heldAfter.get(id)));
        }
        changes.add("added: " + kind(element) + " " + ModelLint.describe(element) + (settings.isEmpty() ? ""
            : " (" + settings.entrySet().stream().map(setting -> setting.getKey() + ": " + setting.getValue())
                .collect(Collectors.joining("; ")) + ")"));
        return;
      }
      if (!Objects.equals(old.getAttributeValue("name"), element.getAttributeValue("name"))) {
        changes.add("renamed: " + kind(element) + " " + id + " '" + old.getAttributeValue("name") + "' is now '"
            + element.getAttributeValue("name") + "'");
      }
      if (!signature(old).equals(signature(element))) {
        changes.add("changed: " + kind(element) + " " + ModelLint.describe(element) + " (" + difference(old, element)
            + ")");
      }
      if (!heldBefore.getOrDefault(id, "").equals(heldAfter.getOrDefault(id, ""))) {
        changes.add("changed: " + kind(element) + " " + ModelLint.describe(element) + " (what it holds: "
            + shown(heldBefore.getOrDefault(id, "")) + " -> " + shown(heldAfter.getOrDefault(id, "")) + ")");
      }
    });
    before.get().forEach((id, element) -> {
      if (!after.get().containsKey(id)) {
        changes.add("removed: " + kind(element) + " " + ModelLint.describe(element));
      }
    });
    return changes;
  }

  private static Optional<Map<String, ModelElementInstance>> flowElements(byte[] bytes) {
    try {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
      Map<String, ModelElementInstance> elements = new LinkedHashMap<>();
      model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
          .forEach(process -> elements.put(process.getId(), process));
      model.getModelElementsByType(FlowElement.class).stream()
          .filter(element -> element instanceof FlowNode || element instanceof SequenceFlow)
          .forEach(element -> elements.put(element.getId(), element));
      return Optional.of(elements);
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  private static String kind(ModelElementInstance element) {
    String type = element.getElementType().getTypeName();
    return switch (type) {
      case "userTask" -> "task";
      case "serviceTask", "businessRuleTask", "sendTask" -> "automatic step";
      case "sequenceFlow" -> "flow";
      case "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway" -> "gateway";
      default -> type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    };
  }

  /** What a designer sets on an element: its attributes but the name, its conditions and its event definitions. */
  private static Map<String, String> signature(ModelElementInstance element) {
    Map<String, String> signature = new TreeMap<>();
    attributes(element).forEach((name, value) -> {
      if (!name.equals("name")) {
        signature.put(name, value);
      }
    });
    if (element instanceof SequenceFlow flow && flow.getConditionExpression() != null) {
      signature.put("condition", flow.getConditionExpression().getTextContent().strip());
    }
    element.getChildElementsByType(EventDefinition.class).forEach(definition -> signature.put(
        definition.getElementType().getTypeName(), definition.getDomElement().getTextContent().strip()
            + attributes(definition).entrySet().stream().filter(attribute -> !attribute.getKey().equals("id"))
                .map(attribute -> attribute.getKey() + "=" + attribute.getValue()).collect(Collectors.joining(","))));
    if (element instanceof FlowNode node) {
      signature.put("incoming", node.getIncoming().stream().map(FlowElement::getId).sorted().toList().toString());
      signature.put("outgoing", node.getOutgoing().stream().map(FlowElement::getId).sorted().toList().toString());
    }
    return signature;
  }

  /** Elements of a process or sub-process that are listed on their own. */
  private static final Set<String> FLOW_ELEMENTS = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
      "intermediateThrowEvent", "boundaryEvent", "task", "userTask", "serviceTask", "sendTask", "receiveTask",
      "scriptTask", "businessRuleTask", "manualTask", "callActivity", "subProcess", "transaction", "exclusiveGateway",
      "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway", "sequenceFlow", "laneSet",
      "textAnnotation", "association", "dataObject", "dataObjectReference", "dataStoreReference");

  /** Longest XML shown of what an element holds; the change's file has the rest. */
  private static final int SHOWN = 600;

  private static String shown(String xml) {
    return xml.isEmpty() ? "nothing" : xml.length() <= SHOWN ? xml : xml.substring(0, SHOWN) + "...";
  }

  /** Elements of a process or sub-process that are listed on their own, not as what their parent holds. */
  private static final Set<String> LISTED = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
      "intermediateThrowEvent", "boundaryEvent", "task", "userTask", "serviceTask", "sendTask", "receiveTask",
      "scriptTask", "businessRuleTask", "manualTask", "callActivity", "subProcess", "transaction", "adHocSubProcess",
      "exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway",
      "sequenceFlow", "laneSet", "textAnnotation", "association", "dataObject", "dataObjectReference",
      "dataStoreReference", "incoming", "outgoing", "documentation", "conditionExpression");

  /**
   * What each element with an id holds besides its own steps and flows (listeners, input and
   * output mappings, properties, multi-instance settings, event definitions), as canonical XML:
   * what a summary of attributes alone would miss.
   */
  private static Map<String, String> held(byte[] bpmn) {
    Map<String, String> held = new java.util.HashMap<>();
    try {
      javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bpmn));
      org.w3c.dom.NodeList all = document.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
        if (element.hasAttribute("id")) {
          StringBuilder xml = new StringBuilder();
          for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element childElement && !LISTED.contains(childElement.getLocalName())
                && !childElement.getLocalName().endsWith("EventDefinition")) {
              xml.append(canonical(childElement));
            }
          }
          held.put(element.getAttribute("id"), xml.toString());
        }
      }
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
        | java.io.IOException unreadable) {
      return held;
    }
    return held;
  }

  /** An element as XML: attributes in order (ids and namespace declarations left out), text trimmed. */
  private static String canonical(org.w3c.dom.Element element) {
    StringBuilder xml = new StringBuilder("<").append(element.getLocalName());
    Map<String, String> attributes = new TreeMap<>();
    org.w3c.dom.NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      org.w3c.dom.Node attribute = all.item(i);
      String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
      if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI()) && !name.equals("id")) {
        attributes.put(name, attribute.getNodeValue());
      }
    }
    attributes.forEach((name, value) -> xml.append(' ').append(name).append("=\"").append(value).append('"'));
    xml.append('>');
    boolean children = false;
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element childElement) {
        xml.append(canonical(childElement));
        children = true;
      }
    }
    if (!children) {
      xml.append(element.getTextContent().strip());
    }
    return xml.append("</").append(element.getLocalName()).append('>').toString();
  }

  /** The attributes set on an element, by name, as its type declares them (BPMN's and Camunda's). */
  private static Map<String, String> attributes(ModelElementInstance element) {
    Map<String, String> attributes = new TreeMap<>();
    for (ModelElementType type = element.getElementType(); type != null; type = type.getBaseType()) {
      for (Attribute<?> attribute : type.getAttributes()) {
        String value = element.getDomElement().getAttribute(attribute.getNamespaceUri(), attribute.getAttributeName());
        if (value != null) {
          attributes.putIfAbsent(attribute.getAttributeName(), value);
        }
      }
    }
    return attributes;
  }

  private static String difference(ModelElementInstance old, ModelElementInstance now) {
    Map<String, String> before = signature(old);
    Map<String, String> after = signature(now);
    List<String> changed = new ArrayList<>();
    new TreeMap<>(after).forEach((key, value) -> {
      if (!Objects.equals(before.get(key), value)) {
        changed.add(key + ": " + Objects.toString(before.get(key), "none") + " -> " + value);
      }
    });
    before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> changed.add(key + " removed"));
    return String.join("; ", changed);
  }

  private static List<String> dmn(byte[] was, byte[] now) {
    Map<String, Rule> before;
    Map<String, Rule> after;
    Map<String, String> columnsBefore;
    Map<String, String> columnsAfter;
    try {
      DmnModelInstance old = Dmn.readModelFromStream(new ByteArrayInputStream(was));
      DmnModelInstance changed = Dmn.readModelFromStream(new ByteArrayInputStream(now));
      before = rules(old);
      after = rules(changed);
      columnsBefore = columns(old);
      columnsAfter = columns(changed);
    } catch (RuntimeException unreadable) {
      return List.of("it cannot be read as DMN");
    }
    List<String> changes = new ArrayList<>();
    columnsAfter.forEach((id, column) -> {
      if (!column.equals(columnsBefore.get(id))) {
        changes.add((columnsBefore.containsKey(id) ? "changed: " + columnsBefore.get(id) + " -> " : "added: ") + column);
      }
    });
    columnsBefore.forEach((id, column) -> {
      if (!columnsAfter.containsKey(id)) {
        changes.add("removed: " + column);
      }
    });
    after.forEach((id, rule) -> {
      Rule old = before.get(id);
      if (old == null) {
        changes.add("rule added: " + described(rule) + ": " + entries(rule));
      } else if (!entries(old).equals(entries(rule))) {
        changes.add("rule changed: " + described(rule) + ": " + entries(old) + " -> " + entries(rule));
      }
    });
    before.forEach((id, rule) -> {
      if (!after.containsKey(id)) {
        changes.add("rule removed: " + described(rule) + ": " + entries(rule));
      }
    });
    return changes;
  }

  /** Each decision's hit policy and each input and output column, as the Modeler shows them. */
  private static Map<String, String> columns(DmnModelInstance model) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (org.camunda.bpm.model.dmn.instance.DecisionTable table
        : model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)) {
      columns.put(table.getId() + "#hitPolicy", "hit policy of " + table.getId() + ": " + table.getHitPolicy()
          + (table.getAggregation() == null ? "" : " " + table.getAggregation()));
      table.getInputs().forEach(input -> columns.put(input.getId(), "input " + input.getId() + " '"
          + input.getLabel() + "' = " + (input.getInputExpression() == null || input.getInputExpression().getText() == null
              ? "" : input.getInputExpression().getText().getTextContent().strip())
          + " (" + (input.getInputExpression() == null ? "" : input.getInputExpression().getTypeRef()) + ")"));
      table.getOutputs().forEach(output -> columns.put(output.getId(), "output " + output.getId() + " '"
          + output.getLabel() + "' = " + output.getName() + " (" + output.getTypeRef() + ")"));
    }
    return columns;
  }

  private static Map<String, Rule> rules(DmnModelInstance model) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    model.getModelElementsByType(Rule.class).forEach(rule -> rules.put(rule.getId(), rule));
    return rules;
  }

  private static String described(Rule rule) {
    String description = rule.getDescription() == null ? "" : rule.getDescription().getTextContent().strip();
    return rule.getId() + (description.isEmpty() ? "" : " '" + description + "'");
  }

  /** A rule's input entries, then its output entries, as the table shows them ("-" for any value). */
  private static String entries(Rule rule) {
    String inputs = rule.getInputEntries().stream().map(entry -> entry.getTextContent().strip())
        .map(text -> text.isEmpty() ? "-" : text).collect(Collectors.joining(" | "));
    String outputs = rule.getOutputEntries().stream().map(entry -> entry.getTextContent().strip())
        .collect(Collectors.joining(" | "));
    return "[" + inputs + "] => [" + outputs + "]";
  }

  private static List<String> form(byte[] was, byte[] now) {
    Optional<FormFields> before = FormFields.read(was);
    Optional<FormFields> after = FormFields.read(now);
    if (before.isEmpty() || after.isEmpty()) {
      return List.of("it cannot be read as a form");
    }
    List<String> changes = new ArrayList<>();
    after.get().fields().forEach((key, field) -> {
      FormFields.Field old = before.get().fields().get(key);
      if (old == null) {
        changes.add("field added: " + field.described() + " (" + key + ")");
      } else if (!old.label().equals(field.label())) {
        changes.add("field relabelled: " + key + " '" + old.label() + "' is now '" + field.label() + "'");
      } else if (!old.choices().equals(field.choices())) {
        changes.add("choices changed: " + field.described() + ": " + old.choices() + " -> " + field.choices());
      }
    });
    before.get().fields().forEach((key, field) -> {
      if (!after.get().fields().containsKey(key)) {
        changes.add("field removed: " + field.described() + " (" + key + ")");
      }
    });
    if (changes.isEmpty()) {
      changes.add("its words or layout changed; every field is as it was");
    }
    return changes;
  }
}
