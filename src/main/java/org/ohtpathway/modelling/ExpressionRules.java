package org.ohtpathway.modelling;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Decides whether an expression (${...} or #{...}, alone or inside text) names only what
 * {@link Vocabulary} allows. The expression is read by the engine's own JUEL parser, with the
 * features the engine enables, so the rules judge exactly the tree the engine would evaluate:
 * no second parser that could be fooled into reading it differently.
 */
final class ExpressionRules {

  private static final Builder ENGINE_PARSER =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  /** The longest text holding an expression a model may have. */
  static final int LONGEST = 4000;

  /** Where a name stands, which decides what it may be. */
  private enum Place { ALONE, OPERAND, ARGUMENT }

  /** Whether this text holds an expression at all (everything else is plain text to the engine). */
  static boolean holdsExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Why the expression is not allowed, as the end of a sentence, or empty when it is allowed. */
  static Optional<String> problem(String text) {
    if (text.length() > LONGEST) {
      // The parser recurses once a level: a text of a few hundred thousand nested brackets would exhaust its stack.
      return Optional.of("a text with an expression of " + text.length() + " characters is not allowed: the"
          + " pathway's expressions are a line each (at most " + LONGEST + " characters)");
    }
    Tree tree;
    try {
      tree = ENGINE_PARSER.build(text);
    } catch (TreeBuilderException notAnExpression) {
      // The engine would refuse it too, or worse, read it differently: refused either way.
      return Optional.of("the text " + text + " is not a valid expression (" + notAnExpression.getMessage() + ")");
    }
    Node root = tree.getRoot();
    boolean alone = root instanceof AstEval && root.getChild(0) instanceof AstIdentifier;
    String problem = check(alone ? root.getChild(0) : root, alone ? Place.ALONE : Place.OPERAND);
    return Optional.ofNullable(problem).map(why -> "the expression " + text + " " + why);
  }

  /** The first thing the node does that is not allowed, or null. */
  private static String check(Node node, Place place) {
    if (node instanceof AstIdentifier identifier) {
      return name(identifier.getName(), place);
    }
    if (node instanceof AstMethod) {
      return call(node);
    }
    if (node instanceof AstDot || node instanceof AstBracket) {
      String reads = "reads " + describe(node);
      if (node.getChild(0) instanceof AstIdentifier identifier
          && !Vocabulary.FUNCTIONS.containsKey(identifier.getName())) {
        return opens(identifier.getName(), reads + " of it");
      }
      return reads + ", and a model may only call the listed methods of the pathway's beans (allowed: "
          + Vocabulary.described() + ")";
    }
    if (node instanceof AstFunction function) {
      return "calls the function " + function.getName() + "(), and models may call none";
    }
    if (node instanceof AstText || node instanceof AstString || node instanceof AstNumber
        || node instanceof AstBoolean || node instanceof AstNull) {
      return null;
    }
    if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstNested
        || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice) {
      return children(node, Place.OPERAND);
    }
    return "uses " + node + ", which models may not use";
  }

  private static String children(Node node, Place place) {
    for (int i = 0; i < node.getCardinality(); i++) {
      String problem = check(node.getChild(i), place);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String name(String name, Place place) {
    if (Vocabulary.isVariable(name)) {
      return null;
    }
    if (Vocabulary.DELEGATES.contains(name)) {
      return place == Place.ALONE ? null
          : "uses the delegate '" + name + "' in a calculation; a delegate is named alone, as ${" + name + "}";
    }
    if (Vocabulary.FUNCTIONS.containsKey(name)) {
      return "names '" + name + "' without calling one of its methods (allowed: " + Vocabulary.described() + ")";
    }
    if (Vocabulary.EXECUTION.equals(name)) {
      return place == Place.ARGUMENT ? null
          : "uses 'execution' other than as an argument of one of the pathway's functions";
    }
    return "names '" + name + "', which is not one of the pathway's beans or process variables (allowed: "
        + Vocabulary.described() + ")";
  }

  /** A method call is allowed on a bean of the vocabulary, by its plain name, with allowed arguments. */
  private static String call(Node method) {
    Node property = method.getChild(0);
    Node target = property.getChild(0);
    String called = property instanceof AstDot ? "'" + memberName(property) + "'" : "a computed method";
    if (!(target instanceof AstIdentifier identifier)) {
      return "calls " + called + " on something that is not one of the pathway's beans (allowed: "
          + Vocabulary.described() + ")";
    }
    String bean = identifier.getName();
    if (!Vocabulary.FUNCTIONS.containsKey(bean)) {
      return opens(bean, "calls " + called + " on it");
    }
    Set<String> methods = new TreeSet<>(Vocabulary.FUNCTIONS.get(bean));
    if (!(property instanceof AstDot) || !methods.contains(memberName(property))) {
      return "calls " + called + " on '" + bean + "', whose methods a model may call are "
          + String.join(", ", methods);
    }
    Node arguments = method.getChild(1);
    return arguments instanceof AstParameters ? children(arguments, Place.ARGUMENT) : "uses an unusual call";
  }

  /** Why a name may not be opened with a dot or brackets. */
  private static String opens(String name, String how) {
    if (Vocabulary.isVariable(name)) {
      return how + ", but the process variable '" + name + "' may only be used as a value";
    }
    if (Vocabulary.DELEGATES.contains(name)) {
      return how + ", but the delegate '" + name + "' may only be named alone, as ${" + name + "}";
    }
    if (Vocabulary.EXECUTION.equals(name)) {
      return how + ", but 'execution' may only be handed to one of the pathway's functions";
    }
    return "names '" + name + "', which is not one of the pathway's beans (allowed: " + Vocabulary.described() + ")";
  }

  /** The member a dot names; the parser keeps it to itself and shows it only as ". name". */
  private static String memberName(Node dot) {
    String shown = dot.toString();
    return shown.startsWith(". ") ? shown.substring(2) : null;
  }

  private static String describe(Node property) {
    return property instanceof AstDot ? "." + memberName(property) : "[...]";
  }

  private ExpressionRules() {
  }
}
