package org.ohtpathway.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * Who read what, and when. Rows are only ever added: the entity is immutable, the repository
 * has no update or delete, and neither history cleanup nor retention touches the table.
 */
@Entity
@Immutable
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;
  @Column(nullable = false)
  private Instant at;
  @Column(nullable = false, length = 64)
  private String userId;
  @Column(nullable = false, length = 64)
  private String action;
  @Column(length = 20)
  private String referralReference;
  @Column(nullable = false)
  private boolean allowed;

  protected AuditEvent() {
  }

  AuditEvent(Instant at, String userId, String action, String referralReference, boolean allowed) {
    this.at = at;
    this.userId = userId;
    this.action = action;
    this.referralReference = referralReference;
    this.allowed = allowed;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getUserId() {
    return userId;
  }

  public String getAction() {
    return action;
  }

  public String getReferralReference() {
    return referralReference;
  }

  public boolean isAllowed() {
    return allowed;
  }
}
