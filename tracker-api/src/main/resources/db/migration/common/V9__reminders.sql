-- Processing group "access": the patient's reminder schedule and the calendar feed that carries it, written
-- with the command, so a schedule is read back right after it is set and a revoked feed opens nothing on the
-- very next request.
create table reminder_schedule (
    patient_id uuid        not null primary key,
    times      varchar(40) not null,
    days       varchar(40) not null,
    set_at     timestamp with time zone not null
);

create table calendar_feed (
    feed_id    uuid        not null primary key,
    patient_id uuid        not null,
    token_hash varchar(64) not null,
    granted_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);
create index calendar_feed_by_patient on calendar_feed (patient_id);
