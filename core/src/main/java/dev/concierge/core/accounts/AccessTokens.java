package dev.concierge.core.accounts;

import java.util.Optional;

/**
 * Signs what a signed-in account may present instead of its password, and checks what is presented,
 * so that core decides who a token stands for without knowing the format or the key.
 */
public interface AccessTokens {
  /** The claims, signed. */
  String issue(TokenClaims claims);

  /**
   * The claims of a token this service signed and that has not expired; empty for anything else
   * (forged, tampered with, expired, another issuer's, not a token at all).
   */
  Optional<TokenClaims> verify(String token);
}
