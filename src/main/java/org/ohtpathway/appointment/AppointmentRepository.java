package org.ohtpathway.appointment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

  List<Appointment> findByReferralIdOrderByNumberAsc(Long referralId);
}
