-- Every time a member of staff opens a candidate's CV: who, from which task, when (issue 10). Append-only.
create table application_cv_opening (
    id             bigserial primary key,
    application_id bigint      not null references application (id),
    opened_by      varchar(64) not null,
    task_key       varchar(64) not null,
    opened_at      timestamptz not null
);
create index application_cv_opening_application_idx on application_cv_opening (application_id);
