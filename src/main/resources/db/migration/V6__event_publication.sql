-- Spring Modulith's event publication registry (its PostgreSQL schema): one row per event and listener that runs
-- after commit, written with the change itself. A completed publication is deleted at once (completion-mode
-- delete), so the events' personal facts do not outlive their delivery; an incomplete one stays for an operator
-- to resubmit (and is resubmitted when the service restarts).

create table event_publication (
    id               uuid                     not null primary key,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
