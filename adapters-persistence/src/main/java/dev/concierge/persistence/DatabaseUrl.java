package dev.concierge.persistence;

import dev.concierge.core.errors.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where PostgreSQL is, as a JDBC URL plus credentials. Accepts both the {@code
 * postgresql://user:pass@host:port/db?sslmode=require} form that Supabase, Heroku and most hosts
 * hand out and a plain {@code jdbc:postgresql://...} URL.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

  public DatabaseUrl {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
    }
  }

  public static DatabaseUrl parse(String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigurationException("DATABASE_URL is empty");
    }
    String url = value.strip();
    if (url.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(url, null, null);
    }
    if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
      return fromConnectionUri(url);
    }
    throw new ConfigurationException(
        "DATABASE_URL must start with postgresql://, postgres:// or jdbc:postgresql:// (got "
            + scheme(url)
            + ")");
  }

  private static DatabaseUrl fromConnectionUri(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new ConfigurationException(
          "DATABASE_URL is not a valid URL: " + e.getReason() + " at index " + e.getIndex());
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new ConfigurationException("DATABASE_URL names no host");
    }
    String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
    if (database.isEmpty()) {
      throw new ConfigurationException("DATABASE_URL names no database (…/DBNAME at the end)");
    }
    String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hostPart);
    if (uri.getPort() != -1) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append('/').append(database);
    if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
      jdbc.append('?').append(uri.getRawQuery());
    }
    String user = null;
    String password = null;
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    return new DatabaseUrl(jdbc.toString(), user, password);
  }

  /** The URL as it is safe to print: no password, whatever form it came in. */
  public String redacted() {
    String safe = jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    return user == null ? safe : safe + " (user " + user + ")";
  }

  @Override
  public String toString() {
    return redacted();
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  private static String scheme(String url) {
    int colon = url.indexOf(':');
    return colon > 0 && colon < 20 ? url.substring(0, colon + 1) : "no scheme";
  }
}
