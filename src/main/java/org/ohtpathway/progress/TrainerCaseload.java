package org.ohtpathway.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** How many open cases one trainer holds, as {@link TrainerCaseloads} keeps it. */
@Entity
class TrainerCaseload {

  @Id
  @Column(length = 64)
  private String trainerId;
  @Column(nullable = false)
  private int openCases;

  protected TrainerCaseload() {
  }

  TrainerCaseload(String trainerId) {
    this.trainerId = trainerId;
  }

  String getTrainerId() { return trainerId; }
  int getOpenCases() { return openCases; }
}
