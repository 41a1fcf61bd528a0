package dev.concierge.library.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.concierge.core.access.ApiRole;
import dev.concierge.core.accounts.TokenClaims;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Only an unexpired HS256 token of ours, under our secret and issuer, says who someone is. */
class JwtAccessTokensTest {
  private static final byte[] SECRET =
      "a test secret that is long enough for HS256".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final UUID ACCOUNT = UUID.fromString("0b7c2b8e-0000-4000-8000-000000000001");
  private static final UUID ORG = UUID.fromString("0b7c2b8e-0000-4000-8000-0000000000aa");
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final JwtAccessTokens tokens = at(NOW);
  private final TokenClaims claims =
      new TokenClaims(
          ACCOUNT, ORG, ApiRole.CONCIERGE, "Anna", NOW, NOW.plus(Duration.ofMinutes(15)), "jti-1");

  @Test
  void an_issued_token_verifies_to_its_claims() {
    String token = tokens.issue(claims);

    assertThat(token.split("\\.")).hasSize(3);
    assertThat(tokens.verify(token)).contains(claims);
    assertThat(header(token)).contains("\"alg\":\"HS256\"");
    assertThat(payload(token))
        .contains("\"sub\":\"" + ACCOUNT + "\"")
        .contains("\"org_id\":\"" + ORG + "\"")
        .contains("\"role\":\"concierge\"")
        .contains("\"iss\":\"concierge\"")
        .contains("\"jti\":\"jti-1\"");
  }

  @Test
  void expiry_is_enforced_after_a_small_leeway() {
    String token = tokens.issue(claims);
    Instant expiry = claims.expiresAt();

    assertThat(at(expiry.plusSeconds(JwtAccessTokens.LEEWAY_SECONDS - 1)).verify(token))
        .isPresent();
    assertThat(at(expiry.plusSeconds(JwtAccessTokens.LEEWAY_SECONDS + 1)).verify(token)).isEmpty();
    assertThat(at(NOW.plus(Duration.ofHours(1))).verify(token)).isEmpty();
  }

  @Test
  void a_token_issued_in_the_future_is_refused() {
    String token = at(NOW.plus(Duration.ofHours(1))).issue(claims(NOW.plus(Duration.ofHours(1))));

    assertThat(tokens.verify(token)).isEmpty();
  }

  @Test
  void another_secret_signs_nothing_we_accept() {
    JwtAccessTokens other =
        new JwtAccessTokens(
            "another secret that is also long enough!".getBytes(StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(tokens.verify(other.issue(claims))).isEmpty();
  }

  @Test
  void alg_none_is_refused_with_or_without_a_signature() {
    String token = tokens.issue(claims);
    String unsigned =
        BASE64URL.encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + token.split("\\.")[1]
            + ".";

    assertThat(tokens.verify(unsigned)).isEmpty();
    assertThat(tokens.verify(unsigned + token.split("\\.")[2])).isEmpty();
    assertThat(tokens.verify(JWT.create().withIssuer("concierge").sign(Algorithm.none())))
        .isEmpty();
  }

  @Test
  void another_algorithm_under_the_same_secret_is_refused() {
    String hs512 =
        JWT.create()
            .withIssuer(JwtAccessTokens.ISSUER)
            .withSubject(ACCOUNT.toString())
            .withClaim("org_id", ORG.toString())
            .withClaim("role", "admin")
            .withIssuedAt(NOW)
            .withExpiresAt(NOW.plusSeconds(60))
            .withJWTId("x")
            .sign(Algorithm.HMAC512(SECRET));

    assertThat(tokens.verify(hs512)).isEmpty();
  }

  @Test
  void a_token_of_another_issuer_or_without_a_required_claim_is_refused() {
    Algorithm ours = Algorithm.HMAC256(SECRET);
    var complete =
        JWT.create()
            .withSubject(ACCOUNT.toString())
            .withClaim("org_id", ORG.toString())
            .withClaim("role", "admin")
            .withIssuedAt(NOW)
            .withExpiresAt(NOW.plusSeconds(60))
            .withJWTId("x");

    assertThat(tokens.verify(complete.withIssuer(JwtAccessTokens.ISSUER).sign(ours))).isPresent();
    assertThat(tokens.verify(complete.withIssuer("someone-else").sign(ours))).isEmpty();
    assertThat(
            tokens.verify(
                JWT.create()
                    .withIssuer(JwtAccessTokens.ISSUER)
                    .withSubject(ACCOUNT.toString())
                    .withClaim("org_id", ORG.toString())
                    .withClaim("role", "admin")
                    .withIssuedAt(NOW)
                    .withJWTId("never expires")
                    .sign(ours)))
        .isEmpty();
    assertThat(
            tokens.verify(
                JWT.create()
                    .withIssuer(JwtAccessTokens.ISSUER)
                    .withSubject("not-a-uuid")
                    .withClaim("org_id", ORG.toString())
                    .withClaim("role", "root")
                    .withIssuedAt(NOW)
                    .withExpiresAt(NOW.plusSeconds(60))
                    .withJWTId("x")
                    .sign(ours)))
        .isEmpty();
  }

  @Test
  void tampered_claims_break_the_signature() {
    String token = tokens.issue(claims);
    String[] parts = token.split("\\.");
    String promoted = payload(token).replace("\"role\":\"concierge\"", "\"role\":\"admin\"");
    String otherOrg = payload(token).replace(ORG.toString(), UUID.randomUUID().toString());
    String later = payload(token).replaceFirst("\"exp\":\\d+", "\"exp\":4102444800");

    for (String forged : new String[] {promoted, otherOrg, later}) {
      String tampered =
          parts[0]
              + "."
              + BASE64URL.encodeToString(forged.getBytes(StandardCharsets.UTF_8))
              + "."
              + parts[2];
      assertThat(tokens.verify(tampered)).as(forged).isEmpty();
    }
  }

  @Test
  void garbage_and_overlong_input_is_simply_not_a_token() {
    for (String garbage :
        new String[] {null, "", "a.b.c", "...", "ck_not-a-jwt", "x".repeat(5000) + ".y.z"}) {
      assertThat(tokens.verify(garbage)).as(garbage).isEmpty();
    }
  }

  @Test
  void a_secret_shorter_than_32_bytes_is_refused() {
    assertThatThrownBy(() -> new JwtAccessTokens(new byte[31], Clock.fixed(NOW, ZoneOffset.UTC)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  private TokenClaims claims(Instant issued) {
    return new TokenClaims(
        ACCOUNT, ORG, ApiRole.CONCIERGE, "Anna", issued, issued.plusSeconds(900), "jti-2");
  }

  private static JwtAccessTokens at(Instant now) {
    return new JwtAccessTokens(SECRET, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static String header(String token) {
    return decode(token.split("\\.")[0]);
  }

  private static String payload(String token) {
    return decode(token.split("\\.")[1]);
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }
}
