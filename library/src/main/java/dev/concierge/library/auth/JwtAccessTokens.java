package dev.concierge.library.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.accounts.AccessTokens;
import dev.concierge.core.accounts.TokenClaims;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Access tokens as JWTs signed with HMAC-SHA256 (HS256) under one secret of the installation.
 * Claims: {@code sub} (the account), {@code org_id}, {@code role}, {@code name}, {@code iat},
 * {@code exp}, {@code iss} ("concierge"), {@code jti}.
 *
 * <p>Only HS256 under this secret verifies: the header's {@code alg} must name it, so a token
 * claiming {@code none} or an RSA algorithm (whose "public key" an attacker would pick) is refused
 * before its signature is even looked at. Expiry is enforced with {@value #LEEWAY_SECONDS} seconds
 * of leeway for clocks of several instances that disagree slightly. Thread-safe.
 */
public final class JwtAccessTokens implements AccessTokens {
  public static final String ISSUER = "concierge";

  /** HS256's own key size: a shorter secret would be the weakest part of the signature. */
  public static final int MIN_SECRET_BYTES = 32;

  static final long LEEWAY_SECONDS = 30;

  // a real token is a few hundred characters; anything far longer is not worth decoding
  private static final int MAX_TOKEN_LENGTH = 4096;

  private final Algorithm algorithm;
  private final JWTVerifier verifier;

  public JwtAccessTokens(byte[] secret, Clock clock) {
    if (secret == null || secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the token secret must be at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.algorithm = Algorithm.HMAC256(secret);
    this.verifier =
        ((JWTVerifier.BaseVerification)
                JWT.require(algorithm)
                    .withIssuer(ISSUER)
                    .acceptLeeway(LEEWAY_SECONDS)
                    .withClaimPresence("sub")
                    .withClaimPresence("org_id")
                    .withClaimPresence("role")
                    .withClaimPresence("iat")
                    .withClaimPresence("exp")
                    .withClaimPresence("jti"))
            .build(clock);
  }

  @Override
  public String issue(TokenClaims claims) {
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(claims.accountId().toString())
        .withClaim("org_id", claims.orgId().toString())
        .withClaim("role", claims.role().wireName())
        .withClaim("name", claims.name())
        .withIssuedAt(claims.issuedAt())
        .withExpiresAt(claims.expiresAt())
        .withJWTId(claims.tokenId())
        .sign(algorithm);
  }

  @Override
  public Optional<TokenClaims> verify(String token) {
    if (token == null || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    DecodedJWT jwt;
    try {
      jwt = verifier.verify(token);
    } catch (JWTVerificationException e) {
      return Optional.empty();
    }
    String subject = jwt.getSubject();
    String orgId = jwt.getClaim("org_id").asString();
    Optional<ApiRole> role = ApiRole.fromWireName(jwt.getClaim("role").asString());
    if (subject == null
        || orgId == null
        || role.isEmpty()
        || jwt.getId() == null
        || jwt.getIssuedAtAsInstant() == null
        || jwt.getExpiresAtAsInstant() == null) {
      // signed by us yet malformed: only possible with a leaked secret, and refused all the same
      return Optional.empty();
    }
    try {
      return Optional.of(
          new TokenClaims(
              UUID.fromString(subject),
              UUID.fromString(orgId),
              role.get(),
              jwt.getClaim("name").asString(),
              jwt.getIssuedAtAsInstant(),
              jwt.getExpiresAtAsInstant(),
              jwt.getId()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
