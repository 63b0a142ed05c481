package org.ohtpathway.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.ohtpathway.security.Groups;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user for each role, all with the password {@value #PASSWORD}. Only in the
 * {@code demo} profile (the default); never in production.
 */
@Component
@Profile("demo")
public class DemoUsers {

  public static final String PASSWORD = "demo";

  public static final String PRACTITIONER = "paula";
  public static final String COORDINATOR = "colin";
  public static final String TRAINER = "tina";
  public static final String SECOND_TRAINER = "tom";
  public static final String SAFEGUARDING_LEAD = "sam";
  public static final String MANAGER = "mary";
  public static final String DESIGNER = "dee";

  private record DemoUser(String id, String firstName, String lastName, String group) {
  }

  private static final List<DemoUser> USERS = List.of(
      new DemoUser(PRACTITIONER, "Paula", "Price", Groups.PROBATION_PRACTITIONERS),
      new DemoUser(COORDINATOR, "Colin", "Cole", Groups.COORDINATORS),
      new DemoUser(TRAINER, "Tina", "Trent", Groups.HEALTH_TRAINERS),
      new DemoUser(SECOND_TRAINER, "Tom", "Tate", Groups.HEALTH_TRAINERS),
      new DemoUser(SAFEGUARDING_LEAD, "Sam", "Shah", Groups.SAFEGUARDING_LEADS),
      new DemoUser(MANAGER, "Mary", "Moss", Groups.MANAGERS),
      new DemoUser(DESIGNER, "Dee", "Dean", Groups.SERVICE_DESIGNERS));

  private final IdentityService identity;

  DemoUsers(IdentityService identity) {
    this.identity = identity;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(15)
  public void createMissingUsers() {
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@oht-pathway.example");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(demo.id(), demo.group());
    }
  }
}
