package org.ohtpathway.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

  List<PlanRevision> findByPlanOrderByVersionNumberAsc(HealthPlan plan);
}
