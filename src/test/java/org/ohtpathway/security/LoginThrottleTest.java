package org.ohtpathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a stranger types as a user id never reaches the log as typed. */
class LoginThrottleTest {

  @Test
  void aTypedUserIdIsLoggedWithoutLineBreaksOrOtherTextAndCut() {
    assertThat(LoginThrottle.shown("tina\n2026-12-01 ERROR forged line")).isEqualTo("tina?2026-12-01?ERROR?forged?line");
    assertThat(LoginThrottle.shown("x".repeat(300))).hasSize(67).endsWith("...");
    assertThat(LoginThrottle.shown("tina")).isEqualTo("tina");
  }
}
