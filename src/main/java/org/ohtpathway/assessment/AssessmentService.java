package org.ohtpathway.assessment;

import java.util.Optional;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class AssessmentService {

  private final AssessmentRepository assessments;

  AssessmentService(AssessmentRepository assessments) {
    this.assessments = assessments;
  }

  public Assessment record(Long referralId, AssessmentAnswers answers, String trainer) {
    return assessments.save(new Assessment(referralId, answers, trainer, ServiceClock.now()));
  }

  /** The assessment is health detail through and through: it is deleted. */
  public void minimise(Long referralId) {
    assessments.deleteByReferralId(referralId);
  }

  @Transactional(readOnly = true)
  public Optional<Assessment> assessmentOf(Long referralId) {
    return assessments.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }
}
