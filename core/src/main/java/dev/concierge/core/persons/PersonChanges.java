package dev.concierge.core.persons;

import dev.concierge.core.model.FieldChange;
import dev.concierge.core.model.Metadata;
import dev.concierge.core.model.WireName;
import java.time.LocalDate;
import java.time.ZoneId;

/** A partial update of a person: unmentioned fields stay as they are. */
public record PersonChanges(
    FieldChange<String> fullName,
    FieldChange<String> preferredName,
    FieldChange<PersonType> personType,
    FieldChange<LocalDate> birthday,
    FieldChange<ZoneId> timezone,
    @WireName("metadata_jsonb") FieldChange<Metadata> metadata) {}
