-- The six agents of each organization's assistant, one row each, as its admins set them up. What
-- an admin has not set follows the roster the service ships (its prompts and tools live in the
-- code, so a release can improve them): a null system_prompt or allowed_tools is the shipped one,
-- a null model the installation's (ANTHROPIC_MODEL). The limits' defaults are the runtime's.
-- Every organization that exists gets its six rows here; one made later gets them the first time
-- its roster is read (AgentRoster), whichever way it was made.

alter table agent_roster
  drop column agent_type,
  drop column description,
  drop column config_jsonb,
  alter column model drop not null,
  alter column system_prompt drop not null,
  alter column allowed_tools drop not null,
  alter column allowed_tools drop default,
  drop constraint agent_roster_agent_name_check,
  drop constraint agent_roster_max_steps_check,
  drop constraint agent_roster_max_tokens_check;

alter table agent_roster rename column max_steps to max_tool_rounds;
alter table agent_roster rename column is_active to enabled;

alter table agent_roster
  add constraint agent_roster_agent_name_check
    check (agent_name in ('reminder_management', 'reminder', 'retrieval', 'recommendation',
                          'project_management', 'data_capture')),
  add constraint agent_roster_model_check check (length(model) between 1 and 100),
  add constraint agent_roster_system_prompt_check check (length(system_prompt) between 1 and 100000),
  add constraint agent_roster_allowed_tools_check check (cardinality(allowed_tools) <= 100),
  alter column max_tool_rounds set default 8,
  add constraint agent_roster_max_tool_rounds_check check (max_tool_rounds between 0 and 50),
  -- the most one reply of the model may be (the Messages API's max_tokens)
  alter column max_tokens set default 2048,
  add constraint agent_roster_max_tokens_check check (max_tokens between 256 and 64000),
  -- every token of every model call of a run
  add column max_run_tokens integer not null default 200000
    check (max_run_tokens between 1000 and 2000000),
  add column wall_time_seconds integer not null default 60
    check (wall_time_seconds between 5 and 600),
  -- the actor that changed it last, as the audit log names actors; null while nobody has
  add column updated_by_type text
    check (updated_by_type in ('api_key', 'account', 'system', 'cli', 'agent')),
  add column updated_by_id text,
  add column updated_by_name text;

insert into agent_roster (org_id, agent_name)
select o.org_id, a.agent_name
from organizations o
cross join (values ('reminder_management'), ('reminder'), ('retrieval'), ('recommendation'),
                   ('project_management'), ('data_capture')) as a (agent_name)
on conflict (org_id, agent_name) do nothing;
