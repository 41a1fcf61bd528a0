-- What the time engine needs to place dates and reminders in time.

-- A yearly date on 29 February: 'feb_28' occurs on 28 February in common years (the default, what
-- people expect of a birthday); 'strict' only in leap years, as RFC 5545 alone would have it.
alter table date_items
  add column leap_day_policy text not null default 'feb_28'
    check (leap_day_policy in ('feb_28', 'strict'));

-- The occurrence a lead-time rule's current cycle reminds about. Roll-over re-arms a rule only when
-- the date's next occurrence differs from it, so a change of zone or send time after a reminder
-- was sent can never send that cycle again.
alter table reminder_rules add column occurrence_date date;

-- Roll-over scans dates whose next occurrence has passed, across organizations.
create index idx_date_items_next_occurrence on date_items (next_occurrence)
  where deleted_at is null and next_occurrence is not null;
