package org.ohtpathway.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationDeliveryRepository extends JpaRepository<NotificationDelivery, Long> {
}
