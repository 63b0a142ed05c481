package org.ohtpathway.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The age bands the service reports by, and the anonymous record keeps instead of a date of birth. */
public final class AgeBand {

  public static final String NOT_KNOWN = "not known";

  /** In order, youngest first. */
  public static final List<String> BANDS = List.of("under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+");

  private AgeBand() {
  }

  /** The band of someone born on {@code dateOfBirth}, on the day {@code on}; null when the date of birth is not known. */
  public static String of(LocalDate dateOfBirth, LocalDate on) {
    if (dateOfBirth == null) {
      return null;
    }
    int age = Period.between(dateOfBirth, on).getYears();
    if (age < 18) {
      return BANDS.get(0);
    }
    if (age >= 65) {
      return BANDS.get(BANDS.size() - 1);
    }
    int from = age < 25 ? 18 : (age - 25) / 10 * 10 + 25;
    return from + "-" + (from == 18 ? 24 : from + 9);
  }
}
