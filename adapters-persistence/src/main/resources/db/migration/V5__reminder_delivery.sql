-- Reminder delivery (the dispatcher) and the daily proactive check-ins.

-- An attempt that found no way to reach the person has no channel; it is still recorded, so the
-- history says why the reminder failed.
alter table reminder_deliveries alter column channel_type drop not null;

-- Releasing a dispatcher's claims on shutdown finds them without scanning every rule.
create index idx_reminder_rules_claims on reminder_rules (claimed_by) where claimed_by is not null;

-- One row per organization and local day on which the proactive check-in ran: inserting it is
-- the claim, so the run happens once per cluster and day however many instances are up.
create table proactive_runs (
  org_id      uuid        not null references organizations (org_id),
  run_date    date        not null,
  claimed_by  text        not null,
  started_at  timestamptz not null default now(),
  finished_at timestamptz,
  candidates  integer,
  sent        integer,
  failed      integer,
  primary key (org_id, run_date)
);
