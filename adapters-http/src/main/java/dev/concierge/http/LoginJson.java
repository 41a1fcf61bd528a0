package dev.concierge.http;

import dev.concierge.core.accounts.SignedIn;

/** The answer to a sign-in, in the shape of an OAuth 2.0 token response (RFC 6749 §5.1). */
record LoginJson(String accessToken, String tokenType, long expiresIn, AccountJson account) {
  static LoginJson of(SignedIn signedIn) {
    return new LoginJson(
        signedIn.accessToken(),
        "Bearer",
        signedIn.lifetime().toSeconds(),
        AccountJson.of(signedIn.account()));
  }

  @Override
  public String toString() {
    return "LoginJson[" + account.accountId() + "]";
  }
}
