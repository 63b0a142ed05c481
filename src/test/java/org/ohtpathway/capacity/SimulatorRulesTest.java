package org.ohtpathway.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Test;
import org.ohtpathway.config.PathwayProperties;
import org.ohtpathway.contact.ContactOutcome;
import org.ohtpathway.contact.ContactService;
import org.ohtpathway.deadline.DeadlineProperties;
import org.ohtpathway.deadline.WorkingDayCalendar;
import org.ohtpathway.process.PathwayModel;
import org.ohtpathway.progress.EndState;
import org.ohtpathway.review.NextStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The simulator follows the rules the services follow, because it calls them: it states none of its own. */
@SpringBootTest(classes = SimulateCommand.Settings.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SimulatorRulesTest {

  /** Nobody is drawn to end early: not reached at first contact is the only way there. */
  static final List<String> NOBODY_DRAWN_TO_END_EARLY = List.of("--referrals-per-month=30", "--months=2",
      "--planned-sessions=1", "--trainers=3", "--share.unable-to-contact=0", "--share.disengaged=0",
      "--share.withdrawn=0", "--seed=3");

  @Autowired DeadlineProperties deadlines;
  @Autowired PathwayProperties pathway;

  private SimulationResult simulate(PathwayProperties rules) {
    return new CapacitySimulator(deadlines, WorkingDayCalendar.fromFiles(deadlines.holidayFiles()), rules)
        .run(Scenario.fromArguments(NOBODY_DRAWN_TO_END_EARLY), message -> { });
  }

  @Test
  void withOneContactAttemptAllowedThoseNotReachedAtFirstEndEarlyInTheSimulationAsTheServiceEndsThem() {
    PathwayProperties oneAttempt = new PathwayProperties(1, pathway.absencesBeforeDisengagementReview(),
        pathway.absencesBeforePractitionerTold(), pathway.reviewEveryWeeks());
    ContactService.Conclusion service = ContactService.conclusion(List.of(ContactOutcome.NOT_REACHED),
        oneAttempt.maxContactAttempts());
    assertThat(service).isEqualTo(ContactService.Conclusion.UNABLE_TO_CONTACT);
    assertThat(service.endState()).contains(EndState.ENDED_EARLY);

    SimulationResult threeAttempts = simulate(pathway);
    SimulationResult oneAttemptOnly = simulate(oneAttempt);

    assertThat(threeAttempts.endStates().get(EndState.ENDED_EARLY))
        .as("with three attempts everyone drawn to be reached is reached").isZero();
    assertThat(oneAttemptOnly.referrals()).isEqualTo(threeAttempts.referrals());
    assertThat(oneAttemptOnly.endStates().get(EndState.ENDED_EARLY))
        .as("those not reached at their one attempt end as the service's rule ends them, not as they were drawn to")
        .isPositive();
    assertThat(oneAttemptOnly.endStates().get(EndState.COMPLETED))
        .isLessThan(threeAttempts.endStates().get(EndState.COMPLETED));
  }

  /**
   * The tables' inputs and outputs are named beside the tables (eligibility/EligibilityTable,
   * allocation/PriorityTable), and what first contact and a session come to is the services' to
   * say (ContactService.Conclusion, review/NextStep): a simulator that wrote any of them as a
   * literal would be restating a rule.
   */
  @Test
  void theSimulatorNamesNoInputOrOutputOfTheDecisionTablesAndNoConclusionOfTheServicesRules() throws IOException {
    Set<String> ruleWords = new TreeSet<>();
    for (String table : List.of(PathwayModel.DECISION_ELIGIBILITY, PathwayModel.DECISION_PRIORITY)) {
      var model = Dmn.readModelFromFile(Path.of("processes", table + ".dmn").toFile());
      model.getModelElementsByType(Input.class)
          .forEach(input -> ruleWords.add(input.getInputExpression().getText().getTextContent().trim()));
      model.getModelElementsByType(Output.class).forEach(output -> ruleWords.add(output.getName()));
    }
    assertThat(ruleWords).contains("daysOfSupervisionLeft", "numberOfNeeds", "eligible", "priority");
    Arrays.stream(ContactService.Conclusion.values()).forEach(value -> ruleWords.add(value.name()));
    Arrays.stream(NextStep.values()).forEach(value -> ruleWords.add(value.name()));

    List<String> restated = new ArrayList<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/ohtpathway/capacity"))) {
      for (Path source : sources.toList()) {
        Matcher literal = STRING_LITERAL.matcher(Files.readString(source));
        while (literal.find()) {
          if (ruleWords.contains(literal.group(1))) {
            restated.add(source.getFileName() + ": \"" + literal.group(1) + "\"");
          }
        }
      }
    }
    assertThat(restated).isEmpty();
  }

  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
}
