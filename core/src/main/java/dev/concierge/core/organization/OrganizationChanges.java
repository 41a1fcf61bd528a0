package dev.concierge.core.organization;

import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.time.ZoneId;

/**
 * A partial update of an organization's settings. The reminder send time is not among them:
 * changing it moves every pending lead-time reminder, which is a backfill, not a request.
 */
public record OrganizationChanges(
    FieldChange<String> name,
    FieldChange<ZoneId> defaultTimezone,
    @WireName("settings_jsonb") FieldChange<Metadata> settings) {}
