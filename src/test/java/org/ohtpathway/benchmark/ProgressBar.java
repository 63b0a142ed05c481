package org.ohtpathway.benchmark;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on the console: redrawn in place on a terminal, one line per tenth of the
 * work elsewhere (Maven's test output, CI logs).
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String what;
  private final int total;
  private final long started = System.nanoTime();
  private final boolean terminal = System.console() != null;
  private int lastTenth = -1;

  ProgressBar(PrintStream out, String what, int total) {
    this.out = out;
    this.what = what;
    this.total = total;
  }

  void step(int done) {
    int tenth = total == 0 ? 10 : done * 10 / total;
    if (!terminal && tenth == lastTenth && done < total) {
      return;
    }
    lastTenth = tenth;
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    double seconds = (System.nanoTime() - started) / 1e9;
    String line = String.format(Locale.ROOT, "%s [%s%s] %3d%% %,d/%,d %.0f/s", what, "#".repeat(filled),
        ".".repeat(WIDTH - filled), total == 0 ? 100 : done * 100 / total, done, total,
        seconds > 0 ? done / seconds : 0.0);
    if (terminal) {
      out.print("\r" + line + (done >= total ? "\n" : ""));
    } else {
      out.println(line);
    }
    out.flush();
  }
}
