-- Processing group "read-models": the patient's answer to the health-profile question (risk factors that
-- escalate red-flag triage), shown to clinicians and in the report header. No row: never answered.
create table health_profile (
    patient_id   uuid         not null primary key,
    risk_factors varchar(200) not null,
    updated_at   timestamp with time zone not null
);

