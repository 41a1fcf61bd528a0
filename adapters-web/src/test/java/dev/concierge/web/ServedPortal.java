package dev.concierge.web;

import dev.concierge.core.access.ApiRole;
import dev.concierge.core.access.Caller;
import dev.concierge.core.accounts.NewAccount;
import dev.concierge.core.agents.llm.LlmPort;
import dev.concierge.core.organization.NewOrganization;
import dev.concierge.core.organization.Organization;
import dev.concierge.http.HttpServer;
import dev.concierge.http.HttpSettings;
import dev.concierge.library.Concierge;
import dev.concierge.library.ConciergeBuilder;
import dev.concierge.library.auth.Argon2PasswordHashing;
import dev.concierge.persistence.testing.SharedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The portal on the real composition, as {@code serve} wires it: the library's {@link Concierge} on
 * the shared PostgreSQL, served with the API by a real {@link HttpServer} on a free port (no
 * background jobs). Each test works in an organization of its own ({@link #newDesk}).
 */
final class ServedPortal implements AutoCloseable {
  static final String PASSWORD = "a long enough password";

  /**
   * A test organization and its staff: a concierge, an analyst and an admin, all with {@link
   * #PASSWORD}.
   */
  record Desk(Organization organization, String concierge, String analyst, String admin) {
    Caller operator() {
      return Caller.operator(organization.orgId(), "portal test");
    }
  }

  private final Concierge concierge;
  private final HttpServer http;

  private ServedPortal(Concierge concierge, HttpServer http) {
    this.concierge = concierge;
    this.http = http;
  }

  static ServedPortal start() {
    return start(builder -> {});
  }

  /** The portal with the assistant on {@code llm} (the real Claude adapter on a fake API). */
  static ServedPortal withAssistant(LlmPort llm, String model, String routerModel) {
    return start(builder -> builder.assistant(llm, model, routerModel));
  }

  private static ServedPortal start(Consumer<ConciergeBuilder> options) {
    Clock clock = Clock.systemUTC();
    ConciergeBuilder builder =
        Concierge.builder()
            .database(SharedPostgres.migrated())
            .migrate(false)
            .clock(clock)
            .applicationVersion("portal-test")
            // the format, salts and checks of the real hashing, at a fraction of its cost
            .passwordHashing(
                new Argon2PasswordHashing(new Argon2PasswordHashing.Parameters(256, 1, 1)))
            .accessTokens(
                "the portal tests sign their access tokens with this"
                    .getBytes(StandardCharsets.UTF_8),
                Duration.ofMinutes(15));
    options.accept(builder);
    Concierge concierge = builder.build();
    // every test signs in from 127.0.0.1: failed sign-ins have their own test
    AtomicReference<HttpServer> server = new AtomicReference<>();
    StaffPortal portal =
        new StaffPortal(
            concierge,
            1000,
            clock,
            (caller, confinement) -> server.get().agentTools(caller, confinement));
    server.set(
        new HttpServer(
            new HttpSettings("127.0.0.1", 0, HttpSettings.ONE_MEGABYTE, false),
            concierge.health(),
            concierge,
            null,
            System::nanoTime,
            null,
            portal));
    return new ServedPortal(concierge, server.get().start());
  }

  Concierge concierge() {
    return concierge;
  }

  String url(String path) {
    return "http://127.0.0.1:" + http.port() + path;
  }

  /**
   * Runs one statement on the database as its owner, past the use cases: for rows as they were
   * saved before a rule that now refuses them.
   */
  void execute(String sql, Object... parameters) {
    try (Connection connection = SharedPostgres.migrated().dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  Desk newDesk(String name, ZoneId zone) {
    Organization organization =
        concierge.organization().create("portal test", new NewOrganization(name, zone));
    Caller operator = Caller.operator(organization.orgId(), "portal test");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String conciergeEmail = "concierge-" + tag + "@example.com";
    String analystEmail = "analyst-" + tag + "@example.com";
    String adminEmail = "admin-" + tag + "@example.com";
    concierge
        .accounts()
        .create(
            operator,
            new NewAccount(conciergeEmail, "Anna Keller", ApiRole.CONCIERGE, PASSWORD, null));
    concierge
        .accounts()
        .create(
            operator,
            new NewAccount(analystEmail, "Ravi Analyst", ApiRole.ANALYST, PASSWORD, null));
    concierge
        .accounts()
        .create(operator, new NewAccount(adminEmail, "Ada Admin", ApiRole.ADMIN, PASSWORD, null));
    return new Desk(organization, conciergeEmail, analystEmail, adminEmail);
  }

  @Override
  public void close() {
    try {
      http.stop();
    } finally {
      concierge.close();
    }
  }
}
