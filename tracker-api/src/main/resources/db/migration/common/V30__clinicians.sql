-- Clinicians (v1.1). One username namespace: a clinician's credentials are in the same table, with their role.
-- (The column keeps its name patient_id: it is the account's id, whichever kind of account it is.)
alter table credential add column role varchar(10) default 'PATIENT' not null;

-- Processing group "access" (subscribing, in the command's transaction): who a clinician is, their invites, and
-- who they follow. A disconnection therefore holds from the next request.
create table clinician_profile (
    clinician_id  uuid        not null primary key,
    username      varchar(40) not null,
    display_name  varchar(80) not null,
    time_zone     varchar(64) not null,
    profession    varchar(60) not null,
    registered_at timestamp with time zone not null
);

create table clinician_invite (
    invite_id    uuid        not null primary key,
    clinician_id uuid        not null,
    label        varchar(60),
    code_hash    varchar(64) not null unique,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    redeemed_at  timestamp with time zone,
    deleted_at   timestamp with time zone
);
create index clinician_invite_by_clinician on clinician_invite (clinician_id, created_at);

create table clinician_connection (
    patient_id      uuid not null,
    clinician_id    uuid not null,
    connected_at    timestamp with time zone not null,
    disconnected_at timestamp with time zone,
    primary key (patient_id, clinician_id)
);
create index clinician_connection_by_clinician on clinician_connection (clinician_id, patient_id);

-- Processing group "read-models": what clinicians acknowledged and wrote, and who set the routine.
create table alert_acknowledgement (
    patient_id      uuid        not null,
    clinician_id    uuid        not null,
    clinician_name  varchar(80) not null,
    through_at      timestamp with time zone not null,
    note            varchar(500),
    acknowledged_at timestamp with time zone not null,
    primary key (patient_id, acknowledged_at, clinician_id)
);

create table patient_message (
    patient_id   uuid          not null,
    message_id   uuid          not null,
    clinician_id uuid          not null,
    author_name  varchar(80)   not null,
    body         varchar(2000) not null,
    sent_at      timestamp with time zone not null,
    primary key (patient_id, message_id)
);
create index patient_message_by_time on patient_message (patient_id, sent_at);

alter table routine_plan add column set_by uuid;
alter table routine_plan add column set_by_name varchar(80);

-- The caseload's row per connected patient: the projections raise "version" with every fact that can change it;
-- the row is recomputed (by the trend engine) when its computed_version or computed_for date is behind.
create table caseload_row (
    patient_id        uuid   not null primary key,
    version           bigint not null,
    computed_version  bigint not null,
    computed_for      date,
    priority          varchar(12),
    reasons           varchar(600),
    newest_reason_at  timestamp with time zone,
    last_entry_at     timestamp with time zone,
    adherence         double precision,
    pain_mean         double precision,
    verdict           varchar(20),
    delta             double precision,
    -- the daily pain means of the last 14 complete days, oldest first, "" where none was rated (the sparkline)
    pain_days         varchar(200)
);
