package org.ohtpathway.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user id and password of an HTTP basic {@code Authorization} header, if it holds any. */
record BasicCredentials(String userId, String password) {

  static Optional<BasicCredentials> from(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return colon < 1 ? Optional.empty()
        : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  /** Never the password, should the record be logged. */
  @Override
  public String toString() {
    return "BasicCredentials[" + userId + "]";
  }
}
