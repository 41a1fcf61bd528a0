-- Reminder delivery (the dispatcher) and the daily proactive check-ins.

-- An attempt that found no way to reach the person has no channel; it is still recorded, so the
-- history says why the reminder failed.
alter table reminder_deliveries alter column channel_type drop not null;

-- claimed_by, claim_expires_at and attempt_count are deliberately left unindexed, and rule pages
-- keep a fifth free (existing pages from the next rewrite on), so a claim touches no index: it is
-- a HOT update, and no planner is tempted to drive the recording of a
-- round from a freshly claimed (so unanalysed) index. Releasing claims on shutdown scans.
alter table reminder_rules set (fillfactor = 80);

-- The (org_id, reminder_rule_id) key already proves the organization; checking organizations as
-- well cost a row lock on the organization per delivery.
alter table reminder_deliveries drop constraint reminder_deliveries_org_id_fkey;

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
