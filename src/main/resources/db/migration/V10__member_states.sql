-- The member states whose nationals may apply (issue 13): data, changed by an administrator through
-- /api/member-states, no longer configuration. Seeded with NATO's 32 members and the day each joined
-- (the founders on the day the Treaty entered into force).
create table member_state (
    code       varchar(2)  primary key check (code ~ '^[A-Z]{2}$'),
    joined_on  date        not null,
    changed_by varchar(64) not null,
    changed_at timestamptz not null
);

insert into member_state (code, joined_on, changed_by, changed_at)
select code, joined_on::date, 'migration', now()
from (values
    ('BE', '1949-08-24'), ('CA', '1949-08-24'), ('DK', '1949-08-24'), ('FR', '1949-08-24'),
    ('IS', '1949-08-24'), ('IT', '1949-08-24'), ('LU', '1949-08-24'), ('NL', '1949-08-24'),
    ('NO', '1949-08-24'), ('PT', '1949-08-24'), ('GB', '1949-08-24'), ('US', '1949-08-24'),
    ('GR', '1952-02-18'), ('TR', '1952-02-18'), ('DE', '1955-05-06'), ('ES', '1982-05-30'),
    ('CZ', '1999-03-12'), ('HU', '1999-03-12'), ('PL', '1999-03-12'),
    ('BG', '2004-03-29'), ('EE', '2004-03-29'), ('LV', '2004-03-29'), ('LT', '2004-03-29'),
    ('RO', '2004-03-29'), ('SK', '2004-03-29'), ('SI', '2004-03-29'),
    ('AL', '2009-04-01'), ('HR', '2009-04-01'), ('ME', '2017-06-05'), ('MK', '2020-03-27'),
    ('FI', '2023-04-04'), ('SE', '2024-03-07')
) as members(code, joined_on);
