package org.ohtpathway.assessment;

import org.ohtpathway.progress.CaseStage;
import org.ohtpathway.progress.CaseProgress;
import org.ohtpathway.progress.Milestone;
import java.util.Optional;
import org.ohtpathway.process.ServiceClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class AssessmentService implements CaseStage {

  private final AssessmentRepository assessments;
  private final CaseProgress progress;

  AssessmentService(AssessmentRepository assessments, CaseProgress progress) {
    this.assessments = assessments;
    this.progress = progress;
  }

  public Assessment record(Long referralId, AssessmentAnswers answers, String trainer) {
    Assessment assessment = assessments.save(new Assessment(referralId, answers, trainer, ServiceClock.now()));
    progress.reached(referralId, Milestone.ASSESSED, assessment.getAssessedOn(), trainer);
    return assessment;
  }

  /** The assessment is health detail through and through: it is deleted. */
  @Override
  public void minimise(Long referralId) {
    assessments.deleteByReferralId(referralId);
  }

  @Transactional(readOnly = true)
  public Optional<Assessment> assessmentOf(Long referralId) {
    return assessments.findFirstByReferralIdOrderByRecordedAtDesc(referralId);
  }
}
