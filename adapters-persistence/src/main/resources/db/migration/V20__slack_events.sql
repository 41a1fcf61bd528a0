-- The Slack front desk: clients write to the concierge in Slack, and answer their reminders there.

-- One row per Slack event handled (event_id is unique across Slack). Inserting the row is the
-- claim, in the transaction that stores the message, so an event Slack delivers again (a retry, a
-- second instance's socket, a restart) finds it claimed and is handled once.
create table slack_events (
  event_id    text        primary key check (length(event_id) between 1 and 200),
  org_id      uuid        not null references organizations (org_id),
  received_at timestamptz not null
);

-- People who wrote to the concierge from a Slack account no comm identity names, for staff to link
-- to a person. One row per organization and address; a live identity with the address (a link)
-- takes them off the list.
create table unknown_contacts (
  unknown_contact_id uuid primary key default gen_random_uuid(),
  org_id             uuid        not null references organizations (org_id),
  channel_type       text        not null check (channel_type in ('slack', 'email', 'sms', 'phone', 'web')),
  identity_value     text        not null check (length(identity_value) between 1 and 320),
  display_name       text        check (length(display_name) <= 200),
  last_message       text        check (length(last_message) <= 500),
  message_count      integer     not null default 1 check (message_count >= 1),
  first_seen_at      timestamptz not null,
  last_seen_at       timestamptz not null,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  constraint unknown_contacts_value unique (org_id, channel_type, identity_value)
);
create index idx_unknown_contacts_org on unknown_contacts (org_id, last_seen_at desc, unknown_contact_id);

create trigger unknown_contacts_touch_updated_at before update on unknown_contacts
  for each row execute function concierge_touch_updated_at();

-- How the person answered a delivered reminder (the buttons under it): the first answer holds.
alter table reminder_deliveries
  add column acknowledged_at timestamptz,
  add column acknowledgement text check (acknowledgement in ('done', 'snooze_1d', 'snooze_1w')),
  add column acknowledged_by text check (length(acknowledged_by) <= 200),
  add constraint reminder_deliveries_acknowledged
    check ((acknowledged_at is null) = (acknowledgement is null));
-- a button press names the reminder and the message it is under
create index idx_reminder_deliveries_message
  on reminder_deliveries (reminder_rule_id, provider_message_id) where provider_message_id is not null;

-- the second wall of V6, for these tables as for every table with an org_id
alter table slack_events enable row level security;
create policy tenant_isolation on slack_events for all to concierge_tenant
  using (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid);
alter table unknown_contacts enable row level security;
create policy tenant_isolation on unknown_contacts for all to concierge_tenant
  using (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid);
