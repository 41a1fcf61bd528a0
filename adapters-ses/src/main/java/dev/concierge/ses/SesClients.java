package dev.concierge.ses;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/** Builds the SES v2 client the way the sender needs it. */
final class SesClients {

  private SesClients() {}

  static SesV2Client create(SesSettings settings, URI endpointOverride, Duration callTimeout) {
    SesV2ClientBuilder builder =
        SesV2Client.builder()
            .region(Region.of(settings.region()))
            // the blocking JDK client: one request at a time per send needs no Netty or pool
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(callTimeout)
                    .socketTimeout(callTimeout))
            .overrideConfiguration(
                override ->
                    override
                        // the dispatcher owns retries and backoff: one send is one HTTP call
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(callTimeout)
                        .apiCallAttemptTimeout(callTimeout));
    if (settings.accessKeyId() != null && settings.secretAccessKey() != null) {
      builder.credentialsProvider(
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())));
    }
    // without a key pair the client falls back to the default chain, which it also closes
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride);
    }
    return builder.build();
  }
}
