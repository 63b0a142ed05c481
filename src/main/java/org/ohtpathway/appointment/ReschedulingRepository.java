package org.ohtpathway.appointment;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReschedulingRepository extends JpaRepository<Rescheduling, Long> {

  @Query("select r from Rescheduling r where r.referralId = ?1 order by r.recordedAt, r.id")
  List<Rescheduling> findByReferralIdOrderByRecordedAtAscIdAsc(Long referralId);

  @Query("select r from Rescheduling r where r.appointmentId = ?1 order by r.recordedAt, r.id")
  List<Rescheduling> findByAppointmentIdOrderByRecordedAtAscIdAsc(Long appointmentId);
}
