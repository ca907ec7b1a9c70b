-- Credentials are write-side state, kept out of the event history: a password hash never becomes an event.
create table credential (
    username      varchar(40)  not null primary key,
    patient_id    uuid         not null unique,
    password_hash varchar(100) not null,
    created_at    timestamp with time zone not null
);

-- Processing group "access" (subscribing: written in the command's transaction, so a new token works at once
-- and a revoked one stops at once).
create table patient_profile (
    patient_id    uuid        not null primary key,
    username      varchar(40) not null,
    display_name  varchar(80) not null,
    time_zone     varchar(64) not null,
    registered_at timestamp with time zone not null
);

create table personal_token (
    token_id   uuid        not null primary key,
    patient_id uuid        not null,
    name       varchar(60) not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    revoked_at timestamp with time zone
);
create index personal_token_by_patient on personal_token (patient_id);

-- Processing group "read-models" (tracking): sessions, pain, routine and trends.
create table session_log (
    patient_id       uuid        not null,
    session_id       uuid        not null,
    completed_at     timestamp with time zone not null,
    local_date       date        not null,
    duration_minutes integer     not null,
    pain_during      varchar(8)  not null,
    notes            varchar(2000),
    primary key (patient_id, session_id)
);
create index session_log_by_date on session_log (patient_id, local_date);

create table session_exercise (
    patient_id   uuid        not null,
    session_id   uuid        not null,
    position     integer     not null,
    local_date   date        not null,
    stretch      varchar(40) not null,
    hold_seconds integer     not null,
    reps         integer     not null,
    side         varchar(8)  not null,
    primary key (patient_id, session_id, position)
);
create index session_exercise_by_date on session_exercise (patient_id, local_date);

create table pain_log (
    patient_id  uuid         not null,
    entry_id    uuid         not null,
    recorded_at timestamp with time zone not null,
    local_date  date         not null,
    score       integer      not null,
    regions     varchar(200) not null,
    red_flags   varchar(300) not null,
    urgency     varchar(20),
    notes       varchar(2000),
    primary key (patient_id, entry_id)
);
create index pain_log_by_date on pain_log (patient_id, local_date);

create table routine_plan (
    patient_id      uuid          not null,
    planned_at      timestamp with time zone not null,
    stretches       varchar(1000) not null,
    minutes_per_day integer       not null,
    days_per_week   integer       not null,
    primary key (patient_id, planned_at)
);

-- One row per session or pain entry, on the patient's calendar: the facts the weekly tallies are computed from.
create table trend_entry (
    patient_id uuid    not null,
    kind       char(1) not null,
    entry_id   uuid    not null,
    local_date date    not null,
    week_start date    not null,
    minutes    integer,
    score      integer,
    red_flag   boolean not null,
    primary key (patient_id, kind, entry_id)
);
create index trend_entry_by_week on trend_entry (patient_id, week_start);
create index trend_entry_by_date on trend_entry (patient_id, local_date);

-- Per patient and ISO week in the patient's zone.
create table trend_week (
    patient_id       uuid    not null,
    week_start       date    not null,
    sessions         integer not null,
    active_days      integer not null,
    minutes          integer not null,
    pain_entries     integer not null,
    pain_sum         bigint  not null,
    pain_min         integer,
    pain_max         integer,
    red_flag_entries integer not null,
    primary key (patient_id, week_start)
);
