package dev.concierge.ses;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The fake's signature check is what lets the sender tests claim the SDK signed its requests. */
class FakeSesTest {

  @Test
  void refuses_a_request_without_a_sigv4_signature_the_way_aws_does() throws Exception {
    try (FakeSes ses = new FakeSes()) {
      ses.acceptWithMessageId("never-handed-out");
      HttpRequest unsigned =
          HttpRequest.newBuilder(ses.endpoint().resolve(FakeSes.SEND_EMAIL_PATH))
              .header("Authorization", "Basic dXNlcjpwYXNz")
              .POST(HttpRequest.BodyPublishers.ofString("{}"))
              .build();

      HttpResponse<String> response =
          HttpClient.newHttpClient().send(unsigned, HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.headers().firstValue("x-amzn-ErrorType"))
          .contains("IncompleteSignatureException");
      assertThat(response.body()).doesNotContain("never-handed-out");
    }
  }
}
