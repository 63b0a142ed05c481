package org.ohtpathway.notification;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  @Query("select n from Notification n where n.referralId = ?1 order by n.id")
  List<Notification> findByReferralIdOrderByIdAsc(Long referralId);
}
