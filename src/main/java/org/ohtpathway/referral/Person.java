package org.ohtpathway.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.ohtpathway.process.RecordedAction;

/** The person referred, as the probation practitioner described them. */
@Entity
public class Person extends RecordedAction {

  // Nullable: the person's details are removed when consent is withdrawn or retention ends.
  @Column(length = 7)
  private String crn;
  private String givenName;
  private String familyName;
  private LocalDate dateOfBirth;
  @Enumerated(EnumType.STRING)
  private Sex sex;
  private String phone;
  private String email;
  private String addressLine;
  @Column(length = 8)
  private String postcode;
  private boolean safeToPhone;
  private boolean safeToEmail;
  private String interpreterLanguage;
  @Column(length = 4000)
  private String accessibilityNeeds;
  @Column(length = 4000)
  private String commitments;

  protected Person() {
  }

  public Person(PersonDetails details, String recordedBy, Instant recordedAt) {
    super(recordedBy, recordedAt);
    this.crn = details.crn();
    this.givenName = details.givenName();
    this.familyName = details.familyName();
    this.dateOfBirth = details.dateOfBirth();
    this.sex = details.sex();
    this.phone = details.phone();
    this.email = details.email();
    this.addressLine = details.addressLine();
    this.postcode = details.postcode();
    this.safeToPhone = details.safeToPhone();
    this.safeToEmail = details.safeToEmail();
    this.interpreterLanguage = details.interpreterLanguage();
    this.accessibilityNeeds = details.accessibilityNeeds();
    this.commitments = details.commitments();
  }

  /** The contact details and address as amended from the case (see {@link AmendmentService}). */
  void amendContact(String phone, String email, boolean safeToPhone, boolean safeToEmail, String addressLine,
      String postcode) {
    this.phone = phone;
    this.email = email;
    this.safeToPhone = safeToPhone;
    this.safeToEmail = safeToEmail;
    this.addressLine = addressLine;
    this.postcode = postcode;
  }

  /** Removes everything that identifies the person. */
  void minimise() {
    crn = null;
    givenName = null;
    familyName = null;
    dateOfBirth = null;
    sex = null;
    phone = null;
    email = null;
    addressLine = null;
    postcode = null;
    safeToPhone = false;
    safeToEmail = false;
    interpreterLanguage = null;
    accessibilityNeeds = null;
    commitments = null;
  }

  public boolean isMinimised() {
    return crn == null && dateOfBirth == null;
  }

  public String getCrn() {
    return crn;
  }

  public String getName() {
    return isMinimised() ? "(details removed)" : givenName + " " + familyName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public int ageOn(LocalDate date) {
    return Period.between(dateOfBirth, date).getYears();
  }

  public Sex getSex() {
    return sex;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public String getPostcode() {
    return postcode;
  }

  /** The outward code, e.g. OL11 for OL11 2AB: what the service area is defined by. */
  public String getPostcodeDistrict() {
    if (postcode == null) {
      return null;
    }
    String compact = postcode.replace(" ", "").toUpperCase();
    return compact.length() > 3 ? compact.substring(0, compact.length() - 3) : compact;
  }

  public boolean isSafeToPhone() {
    return safeToPhone;
  }

  public boolean isSafeToEmail() {
    return safeToEmail;
  }

  public String getInterpreterLanguage() {
    return interpreterLanguage;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public String getCommitments() {
    return commitments;
  }
}
