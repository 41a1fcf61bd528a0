package dev.concierge.core.proactive;

import dev.concierge.core.model.Metadata;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * An organization as the check-in run sees it.
 *
 * @param zone its default time zone, which decides its day and its check-in time
 * @param settings its settings object, read through {@link CheckInSettings#overriddenBy}
 * @param lastRunDate the latest local date a run was claimed for; null if none ever was
 */
public record CheckInOrganization(
    UUID orgId, ZoneId zone, Metadata settings, LocalDate lastRunDate) {
  public CheckInOrganization {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(zone, "zone");
    settings = settings == null ? Metadata.EMPTY : settings;
  }
}
