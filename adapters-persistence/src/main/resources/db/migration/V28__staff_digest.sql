-- The staff digest (issue 16): one message a day or a week per staff account that asks for it,
-- instead of one per date, reminder and task. Who a staff member looks after is already known:
-- projects.assigned_to_account_id (V1), set through the projects API.

-- An account's digest settings; no row is the same as a digest that is off.
create table staff_digests (
  account_id  uuid        primary key,
  org_id      uuid        not null references organizations (org_id),
  enabled     boolean     not null,
  frequency   text        not null check (frequency in ('daily', 'weekly')),
  -- ISO day of the week, Monday 1, for a weekly digest only
  weekday     smallint    check (weekday between 1 and 7),
  send_time   time        not null,
  timezone    text        not null check (length(timezone) between 1 and 64),
  channel     text        not null check (channel in ('email', 'slack')),
  -- an email address instead of the account's, or the Slack user id; null: the account's email
  recipient   text        check (length(recipient) between 1 and 320),
  days_ahead  smallint    not null check (days_ahead between 1 and 31),
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  constraint staff_digests_weekday check ((frequency = 'weekly') = (weekday is not null)),
  constraint staff_digests_slack_recipient check (channel <> 'slack' or recipient is not null),
  foreign key (org_id, account_id) references accounts (org_id, account_id) on delete cascade
);
create index idx_staff_digests_enabled on staff_digests (account_id) where enabled;

create trigger staff_digests_touch_updated_at before update on staff_digests
  for each row execute function concierge_touch_updated_at();

-- One row per account and period (the local date the digest is for), inserted by exactly one
-- instance: the claim that makes a digest go out once however many instances run. A claim is a
-- lease: an instance that dies before recording the outcome leaves a 'claimed' row whose lease
-- runs out, and the next pass of any instance claims it again (attempts counts the claims).
create table digest_runs (
  org_id              uuid        not null references organizations (org_id),
  account_id          uuid        not null,
  period_date         date        not null,
  scheduled_for       timestamptz not null,
  status              text        not null check (status in ('claimed', 'sent', 'empty', 'failed')),
  attempts            integer     not null check (attempts >= 1),
  claimed_by          text        not null check (length(claimed_by) <= 200),
  lease_until         timestamptz not null,
  finished_at         timestamptz,
  provider            text,
  provider_message_id text,
  error               text        check (length(error) <= 2000),
  primary key (account_id, period_date),
  foreign key (org_id, account_id) references accounts (org_id, account_id) on delete cascade
);

-- the second wall of V6, for these tables as for every table with an org_id
alter table staff_digests enable row level security;
create policy tenant_isolation on staff_digests for all to concierge_tenant
  using (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid);
alter table digest_runs enable row level security;
create policy tenant_isolation on digest_runs for all to concierge_tenant
  using (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid);

-- A staff member's clients are found through their open projects.
create index idx_projects_assignee on projects (org_id, assigned_to_account_id)
  where assigned_to_account_id is not null and deleted_at is null;
