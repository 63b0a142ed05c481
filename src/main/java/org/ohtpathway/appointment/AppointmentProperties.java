package org.ohtpathway.appointment;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Appointment settings ({@code oht.appointments.*}).
 *
 * @param offices the probation offices a Health Trainer can book, in the order the forms list them
 * @param defaultLength minutes a new appointment lasts unless the Health Trainer says otherwise
 */
@ConfigurationProperties("oht.appointments")
public record AppointmentProperties(@DefaultValue List<Office> offices, @DefaultValue("45") int defaultLength) {

  public Optional<Office> office(String id) {
    return offices.stream().filter(office -> office.id().equals(id)).findFirst();
  }
}
