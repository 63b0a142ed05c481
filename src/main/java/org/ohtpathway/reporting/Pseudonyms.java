package org.ohtpathway.reporting;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Case ids for the exports: a keyed hash (HMAC-SHA-256) of the referral id. The same referral
 * has the same case id for as long as the key stays the same; without the key, a case id
 * cannot be traced back to the referral.
 */
final class Pseudonyms {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  Pseudonyms(String key) {
    if (key == null || key.length() < ReportsProperties.MINIMUM_KEY_LENGTH) {
      throw new MissingKey();
    }
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** 32 hexadecimal digits (the first 128 bits of the hash). */
  String caseId(long referralId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] hash = mac.doFinal(("referral:" + referralId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  /** Exports need a key, and there is none (or it is too short). */
  static class MissingKey extends IllegalStateException {
    MissingKey() {
      super("Case-level exports need a pseudonym key: set oht.reports.pseudonym-key (OHT_REPORTS_PSEUDONYMKEY)"
          + " to a random secret of at least " + ReportsProperties.MINIMUM_KEY_LENGTH + " characters.");
    }
  }
}
