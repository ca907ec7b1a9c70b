-- The trend statistics (contract v1.1) are computed per date from session_log, pain_log and rest_day_log: the
-- weekly tallies and their copy of every entry are no longer read.
drop table trend_week;
drop table trend_entry;
