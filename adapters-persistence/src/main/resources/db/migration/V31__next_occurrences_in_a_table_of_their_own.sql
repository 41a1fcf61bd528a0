-- A date's next occurrence in a narrow table of its own (issue 17, item 4). Moving a date's next
-- occurrence changed an indexed column of date_items, so it was never a HOT update: each date the
-- scheduler moved wrote a new version of the whole row (its search vector recomputed) and an entry
-- into every index of date_items, the full-text GIN among them. The first backfill of a million
-- dates spent most of its time there (docs/PERFORMANCE.md). Here a moved date writes one narrow
-- row and its three small indexes; date_items is written only when staff edit a date.
--
-- A row exists while the date has a next occurrence (a one-off date in the past has none). Only
-- the scheduler writes it; a soft-deleted date's row is removed with it.
--
-- No foreign key to date_items, on purpose: checking one locks the date's row, which writes to its
-- page, and that (like locking the row for share) cost as much as the update it replaces when
-- measured on a million dates (docs/PERFORMANCE.md). Dates are only ever soft-deleted, every
-- reader joins date_items, and the scheduler writes a row only for a date it has just read.
create table date_occurrences (
  date_item_id    uuid primary key,
  org_id          uuid not null,
  next_occurrence date not null
);

insert into date_occurrences (date_item_id, org_id, next_occurrence)
select date_item_id, org_id, next_occurrence from date_items
where next_occurrence is not null and deleted_at is null;

-- an organization's dates in the order they come (calendar, dashboard) ...
create index idx_date_occurrences_org on date_occurrences (org_id, next_occurrence, date_item_id);
-- ... and roll-over's scan, across organizations, of dates whose next occurrence has passed
create index idx_date_occurrences_next on date_occurrences (next_occurrence, date_item_id);

-- a person's dates are a handful: found by the person, put in order after
drop index idx_person_dates;
create index idx_person_dates on date_items (person_id);
drop index idx_date_items_org_next;
drop index idx_date_items_next_occurrence;
alter table date_items drop column next_occurrence;

-- the second wall of V6, as for every table with an org_id
alter table date_occurrences enable row level security;
create policy tenant_isolation on date_occurrences for all to concierge_tenant
  using (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid);
