package dev.concierge.core.organization;

import dev.concierge.core.model.Metadata;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A tenant: one concierge business. Its settings decide when lead-time reminders fire (local time
 * of the recipient) and which zone a new person gets when none is given.
 */
public record Organization(
    UUID orgId,
    String name,
    ZoneId defaultTimezone,
    LocalTime reminderSendTime,
    Metadata settings,
    Instant createdAt,
    Instant updatedAt) {

  /** The organization every installation starts with (seeded by the first migration). */
  public static final UUID DEFAULT_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

  public Organization {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultTimezone, "defaultTimezone");
    Objects.requireNonNull(reminderSendTime, "reminderSendTime");
    settings = settings == null ? Metadata.EMPTY : settings;
  }

  /** A new organization, not stored yet, without settings. */
  public static Organization of(
      UUID orgId, String name, ZoneId defaultTimezone, LocalTime reminderSendTime) {
    return new Organization(
        orgId, name, defaultTimezone, reminderSendTime, Metadata.EMPTY, null, null);
  }

  /** This organization with another name, default zone and settings. */
  public Organization changed(String name, ZoneId defaultTimezone, Metadata settings) {
    return new Organization(
        orgId, name, defaultTimezone, reminderSendTime, settings, createdAt, updatedAt);
  }

  /**
   * This organization as a store keeps it: created at {@code createdAt}, changed at {@code
   * updatedAt}.
   */
  public Organization stored(Instant createdAt, Instant updatedAt) {
    return new Organization(
        orgId, name, defaultTimezone, reminderSendTime, settings, createdAt, updatedAt);
  }
}
