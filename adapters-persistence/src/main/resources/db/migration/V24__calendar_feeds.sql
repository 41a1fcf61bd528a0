-- Calendar feeds and calendar import (issue 16).

-- A subscription URL for a calendar app: /calendar/{secret}.ics. Calendar apps cannot send
-- headers, so the secret is in the URL; only its SHA-256 is kept, as for API keys. A feed of one
-- person (person_id) or of the whole organization (person_id null). Revoking is for good.
create table calendar_feeds (
  calendar_feed_id uuid primary key default gen_random_uuid(),
  org_id           uuid        not null references organizations (org_id),
  person_id        uuid,
  token_hash       text        not null check (token_hash ~ '^[0-9a-f]{64}$'),
  created_by       text        check (length(created_by) <= 300),
  created_at       timestamptz not null default now(),
  revoked_at       timestamptz,
  constraint calendar_feeds_org_key unique (org_id, calendar_feed_id),
  constraint calendar_feeds_token unique (token_hash),
  foreign key (org_id, person_id) references persons (org_id, person_id)
);
create index idx_calendar_feeds_org on calendar_feeds (org_id, created_at, calendar_feed_id);

-- Which date item an imported event (its iCalendar UID) became, per person: importing the same
-- file again updates those items instead of adding new ones.
create table calendar_imports (
  org_id       uuid        not null references organizations (org_id),
  person_id    uuid        not null,
  uid          text        not null check (length(uid) between 1 and 1000),
  date_item_id uuid        not null,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (org_id, person_id, uid),
  foreign key (org_id, person_id) references persons (org_id, person_id),
  foreign key (org_id, date_item_id) references date_items (org_id, date_item_id) on delete cascade
);

create trigger calendar_imports_touch_updated_at before update on calendar_imports
  for each row execute function concierge_touch_updated_at();

-- the second wall of V6, for these tables as for every table with an org_id
alter table calendar_feeds enable row level security;
create policy tenant_isolation on calendar_feeds for all to concierge_tenant
  using (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid);
alter table calendar_imports enable row level security;
create policy tenant_isolation on calendar_imports for all to concierge_tenant
  using (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid);
