-- Every move of an offer's start date by HR, with its reason (issue 10): the clearances' due dates follow it.
-- Append-only.
create table offer_start_date_change (
    id             bigserial primary key,
    application_id bigint        not null references application (id),
    from_date      date          not null,
    to_date        date          not null,
    reason         varchar(1000) not null,
    changed_by     varchar(64)   not null,
    changed_at     timestamptz   not null
);
create index offer_start_date_change_application_idx on offer_start_date_change (application_id);
