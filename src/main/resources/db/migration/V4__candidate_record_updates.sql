-- When the candidate last changed their own record (from their status link); null when never changed.
alter table candidate add column updated_at timestamptz;
