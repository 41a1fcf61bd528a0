package dev.concierge.core.organization;

import java.time.ZoneId;

/**
 * A new tenant, as an operator onboards it.
 *
 * @param defaultTimezone the zone new persons get when none is given; null for UTC
 */
public record NewOrganization(String name, ZoneId defaultTimezone) {}
