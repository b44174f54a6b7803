-- Issue 16. Voluntary self-identification, kept apart from the application (module diversity): written by
-- intake, read only by reporting; never a process variable, never in a form or the case file.
create table diversity_self_identification (
    application_id bigint      primary key references application (id),
    gender         varchar(20) not null check (gender in ('WOMAN', 'MAN', 'ANOTHER_GENDER', 'PREFER_NOT_TO_SAY')),
    recorded_at    timestamptz not null
);

-- Reporting's own records (module reporting): one case per application and one row per stage it
-- entered, de-identified — a random id, the vacancy, when it applied, the nationality it applied under
-- and the gender it chose to give. The link to the application is cut when the candidate's data is
-- erased or anonymised; the aggregates stay.
create table report_case (
    id             uuid        primary key,
    application_id bigint      unique,
    vacancy_id     bigint      not null references vacancy (id),
    applied_at     timestamptz not null,
    nationality    varchar(2)  not null,
    gender         varchar(20) check (gender in ('WOMAN', 'MAN', 'ANOTHER_GENDER', 'PREFER_NOT_TO_SAY'))
);
create index report_case_vacancy_idx on report_case (vacancy_id, applied_at);
create index report_case_applied_idx on report_case (applied_at);

create table report_stage (
    case_id    uuid        not null references report_case (id),
    stage      varchar(30) not null,
    entered_at timestamptz not null,
    left_at    timestamptz,
    primary key (case_id, stage)
);
create index report_stage_stage_idx on report_stage (stage, case_id);

-- Applications taken before this migration: their cases and stages from the audit trail (gender was not
-- asked then: not answered).
insert into report_case (id, application_id, vacancy_id, applied_at, nationality, gender)
select gen_random_uuid(), a.id, a.vacancy_id, a.submitted_at, a.profile ->> 'appliedNationality', null
from application a;

insert into report_stage (case_id, stage, entered_at, left_at)
select c.id, moves.to_status, moves.occurred_at,
       lead(moves.occurred_at) over (partition by moves.application_id order by moves.occurred_at, moves.id)
from (select e.id, e.application_id, e.to_status, e.occurred_at
      from application_event e
      where e.from_status is null or e.from_status <> e.to_status) moves
join report_case c on c.application_id = moves.application_id
on conflict do nothing;
