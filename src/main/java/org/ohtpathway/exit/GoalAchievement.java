package org.ohtpathway.exit;

import org.ohtpathway.form.Coded;

/** How far a goal was achieved, scored 1, 0.5 or 0. */
public enum GoalAchievement implements Coded {
  ACHIEVED("Achieved", 1.0),
  PARTLY_ACHIEVED("Partly achieved", 0.5),
  NOT_ACHIEVED("Not achieved", 0.0);

  private final String label;
  private final double score;

  GoalAchievement(String label, double score) {
    this.label = label;
    this.score = score;
  }

  @Override public String label() { return label; }

  public double score() {
    return score;
  }
}
