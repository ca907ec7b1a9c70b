-- Two years of history for one registered patient, written straight into the event store: the API
-- takes entries at most 365 days old, so a patient with two years of data can only come from two
-- years of use, or from here. :events sessions and pain entries (alternately), spread evenly over the
-- two years before now, appended after the patient's last event.
--
--   psql -v patient=<uuid> -v events=10000 -f tracker-bench/sql/seed-patient.sql <database>
\set ON_ERROR_STOP on

create temporary table seed_event as
select :'patient'::uuid as id, last.seq + k as seq,
       now() - interval '730 days' + (interval '730 days' * k / (:events + 1)) as at,
       case when k % 2 = 1 then 'S' else 'P' end as kind
from (select max(sequence_number) as seq from domain_event_entry where aggregate_identifier = :'patient') last,
     generate_series(1, :events) k;

\ir seed-events.sql
