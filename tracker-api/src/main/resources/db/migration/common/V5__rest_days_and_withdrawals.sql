-- Withdrawn entries stay in the log (a withdrawn red flag is still shown, marked as withdrawn) but leave every
-- figure: readers filter on withdrawn_at is null.
alter table session_log add column withdrawn_at timestamp with time zone;
alter table session_exercise add column withdrawn boolean default false not null;
alter table pain_log add column withdrawn_at timestamp with time zone;

-- Processing group "read-models": one row per rest day on the patient's calendar; a cancelled one is deleted.
create table rest_day_log (
    patient_id  uuid        not null,
    rest_date   date        not null,
    reason      varchar(20) not null,
    notes       varchar(2000),
    recorded_at timestamp with time zone not null,
    primary key (patient_id, rest_date)
);
