package org.ohtpathway.assessment;

import java.util.List;
import org.ohtpathway.progress.Audience;
import org.ohtpathway.progress.TimelineEntry;
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

  /** The entry measures, which the exit's are compared with: the Health Trainer's to see. */
  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Long referralId) {
    return assessmentOf(referralId).map(assessment -> List.of(TimelineEntry.of(assessment.getAssessedOn(),
        assessment.getRecordedAt(), "Health and wellbeing assessed", assessment.getRecordedBy(), Audience.HEALTH)
        .withDetail(entryMeasures(assessment)))).orElse(List.of());
  }

  /** The measures taken at the assessment, in one line. */
  public static String entryMeasures(Assessment assessment) {
    return "SWEMWBS " + assessment.getSwemwbs().rawScore() + " of 35 (raw); AUDIT-C " + assessment.getAuditC().score()
        + " of 12; smoking: " + assessment.getSmokingStatus().label() + "; readiness to change: "
        + assessment.getReadinessToChange().label() + "; confidence " + assessment.getConfidenceToChange() + " of 10;"
        + " GP registered: " + (assessment.isGpRegistered() ? "yes" : "no") + "; dentist registered: "
        + (assessment.isDentistRegistered() ? "yes" : "no") + ".";
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
