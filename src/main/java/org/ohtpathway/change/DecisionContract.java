package org.ohtpathway.change;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.ohtpathway.allocation.PriorityTable;
import org.ohtpathway.appointment.LoneWorkingRule;
import org.ohtpathway.eligibility.EligibilityTable;
import org.ohtpathway.process.PathwayModel;

/**
 * What the application gives each decision table it asks (the components of the table's
 * {@code Facts}, by name) and what it reads of the answer. A table a designer changes may use
 * fewer of the facts, but no other, and must still answer each output the code reads.
 */
record DecisionContract(Set<String> facts, Set<String> outputs) {

  static final Map<String, DecisionContract> BY_DECISION = Map.of(
      PathwayModel.DECISION_ELIGIBILITY, of(EligibilityTable.Facts.class, EligibilityTable.OUTPUTS),
      PathwayModel.DECISION_PRIORITY, of(PriorityTable.Facts.class, PriorityTable.OUTPUTS),
      PathwayModel.DECISION_LONE_WORKING, of(LoneWorkingRule.Facts.class, LoneWorkingRule.OUTPUTS));

  private static DecisionContract of(Class<? extends Record> facts, Set<String> outputs) {
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(facts.getRecordComponents()).forEach(component -> names.add(component.getName()));
    return new DecisionContract(names, outputs);
  }
}
