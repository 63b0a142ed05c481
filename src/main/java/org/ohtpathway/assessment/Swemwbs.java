package org.ohtpathway.assessment;

import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.stream.Stream;
import org.ohtpathway.form.FormInput;

/**
 * The Short Warwick-Edinburgh Mental Wellbeing Scale: seven statements, each scored from
 * 1 (none of the time) to 5 (all of the time). The raw score is their sum, 7–35.
 */
@Embeddable
public record Swemwbs(
    Integer optimistic,
    Integer useful,
    Integer relaxed,
    Integer dealingWithProblems,
    Integer thinkingClearly,
    Integer closeToOthers,
    Integer ownMind) {

  /** The statements in the order of the scale; form fields are numbered the same way. */
  public static final List<String> STATEMENTS = List.of(
      "I've been feeling optimistic about the future",
      "I've been feeling useful",
      "I've been feeling relaxed",
      "I've been dealing with problems well",
      "I've been thinking clearly",
      "I've been feeling close to other people",
      "I've been able to make up my own mind about things");

  public int rawScore() {
    return items().stream().mapToInt(Integer::intValue).sum();
  }

  public List<Integer> items() {
    return Stream.of(optimistic, useful, relaxed, dealingWithProblems, thinkingClearly,
        closeToOthers, ownMind).toList();
  }

  /** Reads fields {@code <prefix>1} to {@code <prefix>7}, each required and 1–5. */
  public static Swemwbs read(FormInput in, String prefix) {
    Integer[] items = new Integer[STATEMENTS.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = in.requiredInteger(prefix + (i + 1),
          "Wellbeing statement " + (i + 1) + " (" + STATEMENTS.get(i) + ")", 1, 5);
    }
    return new Swemwbs(items[0], items[1], items[2], items[3], items[4], items[5], items[6]);
  }
}
