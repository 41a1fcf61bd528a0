-- What people tell us they like, avoid and need ("vegetarian since 2026"), one statement a row, each
-- with where it came from: the message it was said in (when there is one), who recorded it, and
-- whether staff have confirmed it. The assistant's data-capture agent writes them; staff see and
-- correct them; the assistant reads them back as context.

-- a preference names the message it was said in, within its own organization (composite key)
alter table messages add constraint messages_org_key unique (org_id, message_id);

create table person_preferences (
  preference_id     uuid primary key default gen_random_uuid(),
  org_id            uuid        not null references organizations (org_id),
  person_id         uuid        not null,
  category          text        not null
                                check (category in ('food', 'travel', 'gifts', 'communication',
                                                    'schedule', 'accessibility', 'other')),
  statement         text        not null check (length(statement) between 1 and 1000),
  -- who captured it: the assistant, staff, or an import
  source            text        not null check (source in ('agent', 'staff', 'import')),
  source_message_id uuid,
  -- when it was said or noted (the source message's time, unless given)
  captured_at       timestamptz not null,
  confirmed         boolean     not null default false,
  -- the actor that recorded it, as the audit log names actors
  created_by_type   text        not null
                                check (created_by_type in ('api_key', 'account', 'system', 'cli', 'agent')),
  created_by_id     text,
  created_by_name   text,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  deleted_at        timestamptz,
  constraint person_preferences_org_key unique (org_id, preference_id),
  foreign key (org_id, person_id) references persons (org_id, person_id),
  foreign key (org_id, source_message_id) references messages (org_id, message_id)
    on delete set null (source_message_id)
);
-- a person's preferences, newest first
create index idx_person_preferences_person
  on person_preferences (person_id, captured_at desc, preference_id) where deleted_at is null;

create trigger person_preferences_touch_updated_at before update on person_preferences
  for each row execute function concierge_touch_updated_at();

-- the second wall of V6, for this table as for every table with an org_id
alter table person_preferences enable row level security;
create policy tenant_isolation on person_preferences for all to concierge_tenant
  using (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid);
