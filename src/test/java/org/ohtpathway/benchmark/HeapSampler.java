package org.ohtpathway.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The most heap in use while it runs, sampled every 20 ms. */
final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile long peak;
  private volatile boolean running = true;

  HeapSampler() {
    System.gc();
    peak = memory.getHeapMemoryUsage().getUsed();
    sampler = new Thread(() -> {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  long peakMegabytes() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / (1024 * 1024);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
