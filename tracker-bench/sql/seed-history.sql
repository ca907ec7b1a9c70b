-- A large event history for the read-model rebuild benchmark, written straight into a migrated
-- Backcare Tracker database: :patients patients, each registered two years ago and then given
-- :per_patient - 1 sessions and pain entries (alternately) up to now. Global indexes interleave the
-- patients, as real traffic would.
--
--   psql -v patients=1000 -v per_patient=1000 -f tracker-bench/sql/seed-history.sql <database>
\set ON_ERROR_STOP on

create temporary table seed_event as
select p.id, k as seq,
       now() - interval '730 days' + (interval '730 days' * k / :per_patient) + (p.n % 600) * interval '1 minute'
           - interval '11 hours' as at,
       case when k = 0 then 'R' when k % 2 = 1 then 'S' else 'P' end as kind
from (select n, gen_random_uuid() as id from generate_series(1, :patients) n) p,
     generate_series(0, :per_patient - 1) k;

\ir seed-events.sql
