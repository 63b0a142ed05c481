package org.ohtpathway.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/** How the reports round: percentages to one decimal place, means and medians to two; nothing of nothing is null. */
final class Figures {

  private Figures() {
  }

  static Double percent(long part, long whole) {
    return whole == 0 ? null : round(100.0 * part / whole, 1);
  }

  static Double mean(Collection<? extends Number> values) {
    return values.isEmpty() ? null
        : round(values.stream().mapToDouble(Number::doubleValue).sum() / values.size(), 2);
  }

  static Double median(Collection<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    return round(median, 2);
  }

  private static double round(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }
}
