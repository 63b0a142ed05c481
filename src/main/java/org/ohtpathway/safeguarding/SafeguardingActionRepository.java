package org.ohtpathway.safeguarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SafeguardingActionRepository extends JpaRepository<SafeguardingAction, Long> {

  List<SafeguardingAction> findByConcernId(Long concernId);

  List<SafeguardingAction> findByConcernIdIn(java.util.Collection<Long> concernIds);
}
