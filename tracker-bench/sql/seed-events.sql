-- Appends the events listed in the temporary table seed_event (id, seq, at, kind: R registered,
-- S session, P pain) to the event store, in the JSON the server's serializer writes, in order of time.
-- Included by seed-history.sql and seed-patient.sql.
insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, time_stamp,
                                payload_type, payload_revision, payload, meta_data)
select e.id::text, e.seq, 'Patient', gen_random_uuid()::text,
       to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
       case e.kind when 'R' then 'care.backcare.tracker.account.PatientRegisteredEvent'
                   when 'S' then 'care.backcare.tracker.session.SessionCompletedEvent'
                   else 'care.backcare.tracker.pain.PainLoggedEvent' end,
       '1',
       convert_to(case e.kind
           when 'R' then json_build_object(
               'patientId', e.id, 'username', 'seed' || replace(e.id::text, '-', ''), 'displayName', 'Seeded patient',
               'timeZone', 'Europe/Lisbon',
               'registeredAt', to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
           when 'S' then json_build_object(
               'patientId', e.id, 'sessionId', gen_random_uuid(),
               'completedAt', to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               'timeZone', 'Europe/Lisbon', 'durationMinutes', 5 + e.seq % 25,
               'exercises', json_build_array(
                   json_build_object('stretch', 'cat-cow', 'holdSeconds', 60, 'reps', 1, 'side', 'BOTH'),
                   json_build_object('stretch', 'knee-to-chest', 'holdSeconds', 20, 'reps', 2, 'side', 'LEFT')),
               'painDuring', 'NONE', 'notes', null)
           else json_build_object(
               'patientId', e.id, 'entryId', gen_random_uuid(),
               'recordedAt', to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               'timeZone', 'Europe/Lisbon', 'score', 1 + e.seq % 7,
               'regions', json_build_array('LOWER_BACK'), 'redFlags', json_build_array(), 'urgency', null,
               'notes', null)
           end::text, 'UTF8'),
       convert_to('{}', 'UTF8')
from seed_event e
order by e.at, e.seq, e.id;

analyze domain_event_entry;
