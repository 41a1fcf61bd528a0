-- What a run of the assistant asked for that a person must confirm before it runs (deletes): the
-- operation and its input, the caller the run acted for, until when it may be confirmed, and once
-- confirmed, by whom and how it went. A confirmation claims the row with one update (where it is
-- still unconfirmed and unexpired), so confirming twice at once runs the operation once.

create table agent_pending_actions (
  action_id          uuid primary key,
  org_id             uuid        not null references organizations (org_id),
  run_id             uuid        not null,
  operation_id       text        not null check (length(operation_id) between 1 and 64),
  input_jsonb        jsonb       not null check (jsonb_typeof(input_jsonb) = 'object'),
  -- who the run was about
  person_id          uuid,
  created_by_type    text        not null
                                 check (created_by_type in ('api_key', 'account', 'system', 'cli', 'agent')),
  created_by_id      text,
  created_by_name    text,
  created_by_role    text        not null check (created_by_role in ('admin', 'concierge', 'analyst')),
  created_at         timestamptz not null,
  expires_at         timestamptz not null,
  confirmed_at       timestamptz,
  confirmed_by_type  text
                     check (confirmed_by_type in ('api_key', 'account', 'system', 'cli', 'agent')),
  confirmed_by_id    text,
  confirmed_by_name  text,
  confirmed_by_role  text check (confirmed_by_role in ('admin', 'concierge', 'analyst')),
  -- how the operation went once confirmed: status, entity_id, detail, errors
  result_jsonb       jsonb check (jsonb_typeof(result_jsonb) = 'object'),
  constraint agent_pending_actions_org_key unique (org_id, action_id),
  constraint agent_pending_actions_expiry check (expires_at > created_at),
  constraint agent_pending_actions_confirmed
    check ((confirmed_at is null) = (confirmed_by_type is null)
           and (confirmed_at is null) = (confirmed_by_role is null)
           and (result_jsonb is null or confirmed_at is not null)),
  foreign key (org_id, run_id) references agent_execution_logs (org_id, execution_id),
  foreign key (org_id, person_id) references persons (org_id, person_id)
);
create index idx_agent_pending_actions_run on agent_pending_actions (org_id, run_id);

-- the second wall of V6, for this table as for every table with an org_id
alter table agent_pending_actions enable row level security;
create policy tenant_isolation on agent_pending_actions for all to concierge_tenant
  using (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('concierge.org_id', true), '')::uuid);
