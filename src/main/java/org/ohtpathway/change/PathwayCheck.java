package org.ohtpathway.change;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.ohtpathway.modelling.ModelCheck;
import org.ohtpathway.modelling.ModelRefusedException;
import org.ohtpathway.process.PathwayModel;

/**
 * Checks a change to the pathway before it goes live, and says per element what is wrong, in
 * words a service designer understands. The change is read over the pathway as it stands, and
 * checked against what the application relies on:
 * <ul>
 * <li>what the deployment allow-list refuses ({@link ModelCheck});</li>
 * <li>user tasks and start events each show a form of the change, and every form is shown
 * somewhere;</li>
 * <li>a form the application records (one it ships) submits the fields its server side reads,
 * with the codes it accepts; a form it does not know submits nothing;</li>
 * <li>decision tables ask only the facts the application gives them and answer what it reads
 * ({@link DecisionContract});</li>
 * <li>every id the code names ({@link PathwayModel}) is still there;</li>
 * <li>Camunda Modeler's lint rules ({@link ModelLint}).</li>
 * </ul>
 * A change with no finding may be proposed; nothing here deploys anything.
 */
public final class PathwayCheck {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "true", "false", "null", "if", "then",
      "else", "for", "in", "return", "some", "every", "satisfies", "instance", "of", "between", "function");

  private final PathwayFiles contract;

  /**
   * @param contract the models and forms the application's code was written for (those it
   *     ships): the fields each form's server side reads
   */
  public PathwayCheck(PathwayFiles contract) {
    this.contract = contract;
  }

  /** What is wrong with {@code change} read over {@code current}; empty when nothing is. */
  public List<Finding> check(PathwayFiles change, PathwayFiles current) {
    List<Finding> findings = new ArrayList<>();
    if (change.isEmpty()) {
      findings.add(new Finding("the change", null, "it holds no BPMN, DMN or form file (.bpmn, .dmn, .form)."));
      return findings;
    }
    for (String name : change.names()) {
      encoding(name, change.get(name)).ifPresent(findings::add);
      for (ModelRefusedException refused : ModelCheck.problems(name, change.get(name))) {
        findings.add(new Finding(refused.resource(), refused.element(), refused.problem()));
      }
    }
    PathwayFiles pathway = change.over(current);
    Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    pathway.ofKind(".bpmn").forEach((name, bytes) -> read(name, bytes, "BPMN 2.0", Bpmn::readModelFromStream, findings)
        .ifPresent(model -> models.put(name, model)));
    Map<String, DmnModelInstance> decisions = new LinkedHashMap<>();
    pathway.ofKind(".dmn").forEach((name, bytes) -> read(name, bytes, "DMN 1.3", Dmn::readModelFromStream, findings)
        .ifPresent(model -> decisions.put(name, model)));
    Map<String, FormFields> forms = new LinkedHashMap<>();
    Map<String, String> formFiles = new LinkedHashMap<>();
    pathway.ofKind(".form").forEach((name, bytes) -> FormFields.read(bytes).ifPresent(form -> {
      forms.put(form.id(), form);
      formFiles.put(form.id(), name);
    }));

    models.forEach((name, model) -> findings.addAll(ModelLint.check(name, model)));
    Set<String> shown = tasksAndTheirForms(models, forms.keySet(), findings);
    Map<String, FormFields> recorded = new LinkedHashMap<>();
    contract.ofKind(".form").values().forEach(bytes -> FormFields.read(bytes)
        .ifPresent(form -> recorded.put(form.id(), form)));
    forms.forEach((id, form) -> {
      String file = formFiles.get(id);
      // A form left over from an earlier version harms nothing; one the change brings, or one the
      // application records, must be shown somewhere.
      if (!shown.contains(id) && (change.names().contains(file) || recorded.containsKey(id))) {
        findings.add(new Finding(file, null, "no task or start event shows the form '" + id + "'"
            + (recorded.containsKey(id) ? ": the application records it, and nothing would be recorded any more"
                : "") + "; link it with camunda:formRef, or leave the file out."));
      }
      if (change.names().contains(file)) {
        findings.addAll(ModelLint.platform(file, form.platform(), form.platformVersion()));
        findings.addAll(fields(file, form, recorded.get(id)));
      }
    });
    decisions.forEach((name, model) -> {
      findings.addAll(ModelLint.platform(name, model.getDefinitions().getAttributeValueNs(ModelLint.MODELER,
          "executionPlatform"), model.getDefinitions().getAttributeValueNs(ModelLint.MODELER,
          "executionPlatformVersion")));
      findings.addAll(decisionTables(name, model));
    });
    // An element already found wanting (a script task where a service task was) is not named twice.
    Set<String> found = new HashSet<>();
    findings.forEach(finding -> found.add(finding.file() + " " + String.valueOf(finding.element()).split(" ")[0]));
    idsTheCodeNeeds(models, decisions, current, elementTypes(contract)).stream()
        .filter(finding -> !found.contains(finding.file() + " " + finding.element()))
        .forEach(findings::add);
    return findings;
  }

  private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  /**
   * A file is UTF-8 text, as Camunda Modeler saves it, and an XML file declares no other
   * encoding: what is checked, stored, shown and deployed is then the same text, byte for byte.
   */
  static Optional<Finding> encoding(String name, byte[] bytes) {
    String text;
    try {
      text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      return Optional.of(new Finding(name, null, "it is not UTF-8 text: save it again from Camunda Modeler, which"
          + " writes UTF-8."));
    }
    if (text.indexOf('\0') >= 0) {
      return Optional.of(new Finding(name, null, "it holds a NUL character, which no model or form has: save it"
          + " again from Camunda Modeler."));
    }
    Matcher declared = DECLARED_ENCODING.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text);
    if (declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8")) {
      return Optional.of(new Finding(name, null, "it declares the encoding " + declared.group(1) + ": save it as"
          + " UTF-8 (encoding=\"UTF-8\"), as Camunda Modeler does."));
    }
    return Optional.empty();
  }

  /** The model the engine would read from the file, or a finding saying it cannot read one. */
  private static <M> Optional<M> read(String name, byte[] bytes, String language,
      java.util.function.Function<java.io.InputStream, M> reader, List<Finding> findings) {
    try {
      return Optional.of(reader.apply(new ByteArrayInputStream(bytes)));
    } catch (RuntimeException unreadable) {
      findings.add(new Finding(name, null, "the engine cannot read it as " + language + " (" + firstLine(unreadable)
          + "); save it again from Camunda Modeler."));
      return Optional.empty();
    }
  }

  private static String firstLine(Throwable problem) {
    Throwable deepest = problem;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = String.valueOf(deepest.getMessage());
    return message.lines().findFirst().orElse(message);
  }

  /** Each user task and process start event shows a form of the pathway; returns the forms shown. */
  private static Set<String> tasksAndTheirForms(Map<String, BpmnModelInstance> models, Set<String> forms,
      List<Finding> findings) {
    Set<String> shown = new HashSet<>();
    models.forEach((name, model) -> {
      List<BaseElement> withForms = new ArrayList<>(model.getModelElementsByType(UserTask.class));
      // A process staff start (its start event has no trigger); timers and messages start the others.
      model.getModelElementsByType(StartEvent.class).stream()
          .filter(start -> start.getParentElement() instanceof Process && start.getEventDefinitions().isEmpty())
          .forEach(withForms::add);
      for (BaseElement element : withForms) {
        String formRef = element.getAttributeValueNs(org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS,
            "formRef");
        String binding = element.getAttributeValueNs(org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS,
            "formRefBinding");
        String what = element instanceof UserTask ? "task" : "start event";
        if (formRef == null || formRef.isBlank()) {
          findings.add(new Finding(name, ModelLint.describe(element), "the " + what + " has no form: link one of the"
              + " pathway's forms with camunda:formRef (Form: Camunda Forms (linked), binding: deployment), so what"
              + " staff do here is recorded."));
          continue;
        }
        shown.add(formRef);
        if (!forms.contains(formRef)) {
          findings.add(new Finding(name, ModelLint.describe(element), "its form '" + formRef + "' is neither in the"
              + " change nor in the pathway: add the .form file whose id is " + formRef + "."));
        }
        if (!"deployment".equals(binding)) {
          findings.add(new Finding(name, ModelLint.describe(element), "its form is bound by '"
              + (binding == null ? "latest" : binding) + "': choose the binding 'deployment', so a referral shows the"
              + " form of the version it is on, and a referral moved to a new version its new form."));
        }
        if (element instanceof UserTask task && task.getCamundaAssignee() == null
            && task.getCamundaCandidateGroups() == null) {
          findings.add(new Finding(name, ModelLint.describe(element), "the task is given to nobody: set its assignee"
              + " to ${trainerId} or ${referrerId}, or its candidate groups to one of the pathway's groups."));
        }
      }
    });
    return shown;
  }

  /**
   * A form the application records submits the fields its server side reads (those of the form
   * it ships), with codes it accepts. A field whose key changed is named with the key it replaced.
   */
  private static List<Finding> fields(String file, FormFields form, FormFields recorded) {
    List<Finding> findings = new ArrayList<>();
    if (recorded == null) {
      form.fields().values().stream().findFirst().ifPresent(field -> findings.add(new Finding(file,
          field.described(), "the application has no server side for the form '" + form.id() + "', so what staff"
              + " enter here would not be recorded (nor checked, nor kept out of the engine): a new form may hold"
              + " only words; a form that records needs its server side first (ask for it as an issue).")));
      return findings;
    }
    List<FormFields.Field> gone = recorded.fields().values().stream()
        .filter(field -> !form.fields().containsKey(field.key())).toList();
    List<FormFields.Field> unknown = form.fields().values().stream()
        .filter(field -> !recorded.fields().containsKey(field.key())).toList();
    for (int i = 0; i < Math.max(gone.size(), unknown.size()); i++) {
      FormFields.Field was = i < gone.size() ? gone.get(i) : null;
      FormFields.Field now = i < unknown.size() ? unknown.get(i) : null;
      if (was != null && now != null) {
        findings.add(new Finding(file, now.described(), "its key is '" + now.key() + "', where the server reads '"
            + was.key() + "': what is entered here would not be recorded. Keep the key '" + was.key()
            + "' (the label may change freely)."));
      } else if (was != null) {
        findings.add(new Finding(file, was.described(), "the field '" + was.key() + "' is gone, and the server reads"
            + " it for this form: put it back (it may be hidden by a condition, not removed)."));
      } else {
        findings.add(new Finding(file, now.described(), "the server does not read a field '" + now.key() + "' on"
            + " this form: what is entered here would not be recorded. Use one of its fields, or ask for the new one"
            + " as an issue."));
      }
    }
    for (FormFields.Field field : form.fields().values()) {
      FormFields.Field known = recorded.fields().get(field.key());
      if (known != null && !known.codes().isEmpty()) {
        Set<String> offered = new TreeSet<>(field.codes());
        offered.removeAll(known.codes());
        if (!offered.isEmpty()) {
          findings.add(new Finding(file, field.described(), "it offers " + String.join(", ", offered) + ", which the"
              + " server does not accept for '" + field.key() + "' (it accepts " + String.join(", ", known.codes())
              + "): staff choosing it would be refused. Change the label, not the value."));
        }
      }
    }
    return findings;
  }

  /** Each decision table the application asks uses only the facts it gives and answers what it reads. */
  private static List<Finding> decisionTables(String file, DmnModelInstance model) {
    List<Finding> findings = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      DecisionContract contract = DecisionContract.BY_DECISION.get(decision.getId());
      if (contract == null) {
        continue;
      }
      for (DecisionTable table : decision.getChildElementsByType(DecisionTable.class)) {
        for (Input input : table.getInputs()) {
          String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
              ? "" : input.getInputExpression().getText().getTextContent();
          for (String name : namesIn(expression)) {
            if (!contract.facts().contains(name)) {
              findings.add(new Finding(file, ModelLint.describe(input) + label(input.getLabel()), "it asks for '"
                  + name + "', which the application does not give the table " + decision.getId() + "; it gives "
                  + String.join(", ", contract.facts()) + "."));
            }
          }
        }
        Set<String> answered = new HashSet<>();
        for (Output output : table.getOutputs()) {
          answered.add(output.getName());
          if (!contract.outputs().contains(output.getName())) {
            findings.add(new Finding(file, ModelLint.describe(output) + label(output.getLabel()), "the application"
                + " reads no output '" + output.getName() + "' from " + decision.getId() + ": its answer would be"
                + " ignored. It reads " + String.join(", ", new TreeSet<>(contract.outputs())) + "."));
          }
        }
        for (String needed : new TreeSet<>(contract.outputs())) {
          if (!answered.contains(needed)) {
            findings.add(new Finding(file, decision.getId() + label(decision.getName()), "it has no output '"
                + needed + "', which the application reads: put it back."));
          }
        }
      }
    }
    return findings;
  }

  private static String label(String label) {
    return label == null || label.isBlank() ? "" : " '" + label + "'";
  }

  /** The names an input expression reads (FEEL words, strings and function calls left out). */
  static Set<String> namesIn(String expression) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(STRING.matcher(expression).replaceAll("\"\""));
    while (matcher.find()) {
      String rest = expression.substring(Math.min(matcher.end(), expression.length())).stripLeading();
      boolean call = rest.startsWith("(");
      boolean member = matcher.start() > 0 && expression.charAt(matcher.start() - 1) == '.';
      if (!FEEL_WORDS.contains(matcher.group()) && !call && !member) {
        names.add(matcher.group());
      }
    }
    return names;
  }

  /** The kind of each element of the shipped models, by id (userTask, boundaryEvent, ...). */
  private static Map<String, String> elementTypes(PathwayFiles files) {
    Map<String, String> types = new java.util.HashMap<>();
    files.ofKind(".bpmn").values().forEach(bytes -> Bpmn.readModelFromStream(new ByteArrayInputStream(bytes))
        .getModelElementsByType(BaseElement.class).forEach(element ->
            types.put(element.getId(), element.getElementType().getTypeName())));
    return types;
  }

  /** Each id the code names (PathwayModel) is still in the pathway, on an element of the same kind. */
  private static List<Finding> idsTheCodeNeeds(Map<String, BpmnModelInstance> models,
      Map<String, DmnModelInstance> decisions, PathwayFiles current, Map<String, String> shippedTypes) {
    Set<String> processes = new HashSet<>();
    Map<String, String> types = new java.util.HashMap<>();
    Map<String, String> files = new java.util.HashMap<>();
    Set<String> elements = new HashSet<>();
    Set<String> messages = new HashSet<>();
    models.forEach((name, model) -> {
      model.getModelElementsByType(Process.class).forEach(process -> processes.add(process.getId()));
      model.getModelElementsByType(BaseElement.class).forEach(element -> {
        elements.add(element.getId());
        types.put(element.getId(), element.getElementType().getTypeName());
        files.put(element.getId(), name);
      });
      model.getModelElementsByType(Message.class).forEach(message -> messages.add(message.getName()));
    });
    Set<String> decisionIds = new HashSet<>();
    decisions.values().forEach(model -> model.getModelElementsByType(Decision.class)
        .forEach(decision -> decisionIds.add(decision.getId())));
    List<Finding> findings = new ArrayList<>();
    for (Field field : PathwayModel.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
        continue;
      }
      String id;
      try {
        id = (String) field.get(null);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      String kind = field.getName().startsWith("PROCESS_") ? "process"
          : field.getName().startsWith("DECISION_") ? "decision"
          : field.getName().startsWith("MESSAGE_") ? "message" : "element";
      Set<String> present = switch (kind) {
        case "process" -> processes;
        case "decision" -> decisionIds;
        case "message" -> messages;
        default -> elements;
      };
      if (!present.contains(id)) {
        String file = current.names().stream()
            .filter(name -> new String(current.get(name), java.nio.charset.StandardCharsets.UTF_8)
                .contains("\"" + id + "\""))
            .findFirst().orElse("the pathway");
        findings.add(new Finding(file, id, "the " + kind + " " + id + " is gone, and the application relies on it"
            + " (" + field.getName() + "): keep its id (its name may change freely)."));
      } else if (kind.equals("element") && shippedTypes.containsKey(id) && !shippedTypes.get(id).equals(types.get(id))) {
        findings.add(new Finding(files.get(id), id, "the id " + id
            + " is now on a " + types.get(id) + ", where the application relies on a " + shippedTypes.get(id) + " ("
            + field.getName() + "): keep it on its " + shippedTypes.get(id) + "."));
      }
    }
    return findings;
  }
}
