package org.ohtpathway.change;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on an in-memory H2 database of its own, the job executor off: changes to
 * the pathway deploy new versions, which the other tests' shared database must not see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:oht-pathway-changes;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true",
    "oht.notifications.capture-dir=target/captured-mail/changes",
    "oht.pathway-changes.simulation[0]=--months=1",
    "oht.pathway-changes.simulation[1]=--referrals-per-month=20",
    "oht.pathway-changes.simulation[2]=--trainers=2"
})
@interface ChangeTest {
}
