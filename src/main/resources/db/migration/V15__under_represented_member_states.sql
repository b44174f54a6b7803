-- Issue 16: member states whose nationals are under-represented on the staff — data an administrator keeps
-- with the member states (PUT /api/member-states/{code}), flagged in the reports' nationality table. A flag
-- for outreach, never a quota.
alter table member_state add column under_represented boolean not null default false;
