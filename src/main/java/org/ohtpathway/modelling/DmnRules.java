package org.ohtpathway.modelling;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * What a decision table may contain: FEEL only. Any other expression language (JUEL, a
 * script language) would evaluate on the server with the engine's rights; FEEL "external"
 * functions call Java. The engine disables external functions already; they are refused here
 * too, with a reason, rather than failing when the table is first evaluated.
 */
final class DmnRules {

  /** The names of FEEL the DMN engine accepts (ExpressionEvaluationHandler#isFeelExpressionLanguage). */
  private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/FEEL/20140401",
      "http://www.omg.org/spec/DMN/20180521/FEEL/", "https://www.omg.org/spec/DMN/20191111/FEEL/",
      "https://www.omg.org/spec/DMN/20211108/FEEL/", "https://www.omg.org/spec/DMN/20230324/FEEL/");

  private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");

  private DmnRules() {
  }

  static void check(ModelXml model) {
    model.forEachElement(element -> check(model, element));
  }

  static List<ModelRefusedException> problems(ModelXml model) {
    return model.problems(element -> check(model, element));
  }

  private static void check(ModelXml model, Element element) {
    String language = element.getAttribute("expressionLanguage");
    if (!language.isEmpty() && !FEEL.contains(language) && !"feel".equalsIgnoreCase(language)) {
      throw model.refuse(element, "the expression language '" + language + "' is not allowed: decision tables "
          + "use FEEL only (leave expressionLanguage out, or set it to feel).");
    }
    if ("text".equals(ModelXml.localName(element)) && EXTERNAL_FUNCTION.matcher(ModelXml.text(element)).find()) {
      throw model.refuse(element, "a FEEL external function is not allowed: it calls Java on the server.");
    }
  }
}
