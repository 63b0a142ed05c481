package org.ohtpathway.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalendarConfiguration {

  @Bean
  WorkingDayCalendar workingDayCalendar(DeadlineProperties properties) {
    return WorkingDayCalendar.fromFiles(properties.holidayFiles());
  }
}
