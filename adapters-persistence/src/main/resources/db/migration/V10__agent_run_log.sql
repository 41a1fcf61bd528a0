-- The assistant's run log: one row per run, written once when it ends, with every step (the
-- routing, each model call and each tool call with its input and outcome) in tool_calls_jsonb.
-- The statuses are the runtime's; a run is logged when it ends, so none is ever running.

update agent_execution_logs
set status = 'failed', error_message = coalesce(error_message, 'never finished')
where status = 'running';

alter table agent_execution_logs
  drop constraint agent_execution_logs_status_check,
  add constraint agent_execution_logs_status_check
    check (status in ('succeeded', 'limit_reached', 'refused', 'truncated', 'empty_reply',
                      'failed')),
  -- null when the orchestrator could not choose an agent
  alter column agent_name drop not null,
  add constraint agent_execution_logs_agent_name_check
    check (agent_name in ('reminder_management', 'reminder', 'retrieval', 'recommendation',
                          'project_management', 'data_capture')),
  -- which limit ended a limit_reached run
  add column run_limit text
    check (run_limit in ('tool_rounds', 'run_tokens', 'wall_time', 'identical_calls')),
  add constraint agent_execution_logs_limit_check
    check ((status = 'limit_reached') = (run_limit is not null)),
  -- the caller the run acted for, as the audit log names actors
  add column caller_type text not null default 'system'
    check (caller_type in ('api_key', 'account', 'system', 'cli', 'agent')),
  add column caller_id text,
  add column caller_name text,
  add column caller_role text not null default 'admin'
    check (caller_role in ('admin', 'concierge', 'analyst')),
  add column cache_read_tokens integer not null default 0 check (cache_read_tokens >= 0),
  add column cache_write_tokens integer not null default 0 check (cache_write_tokens >= 0),
  add column latency_ms integer not null default 0 check (latency_ms >= 0),
  add constraint agent_execution_logs_org_key unique (org_id, execution_id);

alter table agent_execution_logs
  alter column caller_type drop default,
  alter column caller_role drop default;

-- the list's filters (agent, person, status, since), newest first, each ending in the key it pages by
drop index idx_agent_execution_logs_org;
drop index idx_agent_execution_logs_person;
create index idx_agent_execution_logs_org
  on agent_execution_logs (org_id, started_at desc, execution_id);
create index idx_agent_execution_logs_person
  on agent_execution_logs (org_id, person_id, started_at desc, execution_id)
  where person_id is not null;
create index idx_agent_execution_logs_agent
  on agent_execution_logs (org_id, agent_name, started_at desc, execution_id);
create index idx_agent_execution_logs_status
  on agent_execution_logs (org_id, status, started_at desc, execution_id);
