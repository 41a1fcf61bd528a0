package dev.concierge.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.core.errors.ConfigurationException;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void hosted_postgres_url_becomes_jdbc_url_with_separate_credentials() {
    DatabaseUrl url =
        DatabaseUrl.parse(
            "postgresql://app:s3cr%40t@db.example.com:6543/concierge?sslmode=require");

    assertThat(url.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example.com:6543/concierge?sslmode=require");
    assertThat(url.user()).isEqualTo("app");
    assertThat(url.password()).isEqualTo("s3cr@t");
  }

  @Test
  void heroku_style_postgres_scheme_is_accepted_without_port() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@host/db");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host/db");
    assertThat(url.user()).isEqualTo("u");
  }

  @Test
  void url_without_credentials_leaves_them_to_the_driver() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://localhost:5432/concierge");

    assertThat(url.user()).isNull();
    assertThat(url.password()).isNull();
  }

  @Test
  void ipv6_host_is_bracketed() {
    assertThat(DatabaseUrl.parse("postgresql://u@[::1]:5432/db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://[::1]:5432/db");
  }

  @Test
  void jdbc_url_is_taken_as_is() {
    String jdbc = "jdbc:postgresql://localhost:5432/concierge?user=a&password=b";

    assertThat(DatabaseUrl.parse(jdbc).jdbcUrl()).isEqualTo(jdbc);
  }

  @Test
  void printed_url_never_shows_a_password() {
    assertThat(DatabaseUrl.parse("postgresql://app:hunter2@h/db").toString())
        .doesNotContain("hunter2")
        .contains("app");
    assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db?user=a&password=hunter2").redacted())
        .doesNotContain("hunter2");
  }

  @Test
  void other_schemes_are_rejected_with_a_clear_reason() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:p@h/db"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("must start with postgresql://")
        .hasMessageContaining("mysql:");
  }

  @Test
  void missing_host_or_database_is_rejected() {
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:p@host:5432"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("names no database");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql:///db"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("names no host");
    assertThatThrownBy(() -> DatabaseUrl.parse("  "))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("empty");
  }
}
