-- How a notice states its official languages (issue 13): EACH at its level, or EITHER_WAY round
-- ("level IV in one official language and level I in the other"). Existing notices keep EACH.
alter table vacancy add column language_rule varchar(16) not null default 'EACH'
    check (language_rule in ('EACH', 'EITHER_WAY'));
