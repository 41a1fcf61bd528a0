-- The organization's calendar and the portal's week read plain yearly dates (birthdays,
-- anniversaries, renewals: most of an organization's dates) by the month and day they fall on, in
-- that order and only as many as a page shows, instead of every one that may occur in a span.
-- month_day is month * 100 + day (315 for 15 March). It is a column, not an expression index:
-- under row-level security a condition on extract() (not leakproof) may not be an index condition,
-- while one on an integer column may.
alter table date_items add column month_day integer
  generated always as ((extract(month from date_value) * 100 + extract(day from date_value))::integer) stored;

-- 29 February is left to the other index: it falls on the 28th in common years, or not at all, by
-- its leap-day policy.
create index idx_date_items_yearly_day on date_items (org_id, month_day)
  where deleted_at is null and recurrence_rule = 'FREQ=YEARLY';

-- Every other date of a span: the one-off ones by their day, the recurring ones that are not plain
-- yearly (or fall on 29 February), which the calendar expands with the recurrence engine.
create index idx_date_items_one_off_day on date_items (org_id, date_value)
  where deleted_at is null and recurrence_rule is null;
create index idx_date_items_other_recurring on date_items (org_id)
  where deleted_at is null and recurrence_rule is not null
    and (recurrence_rule <> 'FREQ=YEARLY' or month_day = 229);
