package org.ohtpathway.appointment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReschedulingRepository extends JpaRepository<Rescheduling, Long> {

  List<Rescheduling> findByReferralIdOrderByRecordedAtAscIdAsc(Long referralId);

  List<Rescheduling> findByAppointmentIdOrderByRecordedAtAscIdAsc(Long appointmentId);
}
