package org.ohtpathway.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load test's staff: accounts of their own ({@code loadpp001}, {@code loadht001}, ...), split
 * between the roles as a region's staff are. Each virtual user is one of them.
 */
final class Staff {

  static final String PASSWORD = "load-test-staff";

  enum Role {
    PRACTITIONER("loadpp", "probation-practitioners", "Practitioner", 0.60),
    TRAINER("loadht", "health-trainers", "Trainer", 0.30),
    COORDINATOR("loadco", "oht-coordinators", "Coordinator", 0.05),
    MANAGER("loadsm", "oht-managers", "Manager", 0.05);

    final String prefix;
    final String group;
    final String lastName;
    final double share;

    Role(String prefix, String group, String lastName, double share) {
      this.prefix = prefix;
      this.group = group;
      this.lastName = lastName;
      this.share = share;
    }

    String id(int number) {
      return prefix + String.format("%03d", number);
    }
  }

  private final Map<Role, Integer> counts;
  private final Map<Role, AtomicInteger> handedOut = new EnumMap<>(Role.class);

  private Staff(Map<Role, Integer> counts) {
    this.counts = counts;
    counts.keySet().forEach(role -> handedOut.put(role, new AtomicInteger()));
  }

  /** {@code total} staff, every role at least one, practitioners taking what rounding leaves. */
  static Staff of(int total) {
    Map<Role, Integer> counts = new EnumMap<>(Role.class);
    int others = 0;
    for (Role role : Role.values()) {
      if (role != Role.PRACTITIONER) {
        int count = Math.max(1, (int) Math.round(total * role.share));
        counts.put(role, count);
        others += count;
      }
    }
    counts.put(Role.PRACTITIONER, Math.max(1, total - others));
    return new Staff(counts);
  }

  Map<Role, Integer> counts() {
    return counts;
  }

  /** The next account of that role not yet given to a virtual user (then round again). */
  String next(Role role) {
    return role.id(handedOut.get(role).getAndIncrement() % counts.get(role) + 1);
  }

  static boolean isLoadTrainer(String userId) {
    return userId.startsWith(Role.TRAINER.prefix);
  }

  static int numberOf(String userId) {
    return Integer.parseInt(userId.replaceAll("\\D", ""));
  }
}
