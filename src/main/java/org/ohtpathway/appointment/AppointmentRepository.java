package org.ohtpathway.appointment;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

  @Query("select a from Appointment a where a.referralId = ?1 order by a.number")
  List<Appointment> findByReferralIdOrderByNumberAsc(Long referralId);
}
