package org.ohtpathway.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Durations of one kind of call, in nanoseconds, and their percentiles. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int count;

  void add(long duration) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = duration;
  }

  <T> T time(java.util.function.Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    add(System.nanoTime() - start);
    return result;
  }

  int count() {
    return count;
  }

  /** The nearest-rank percentile, in milliseconds. */
  double percentile(double percent) {
    if (count == 0) {
      throw new IllegalStateException("Nothing was timed");
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * count);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  static String millis(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.1f ms", value);
  }
}
