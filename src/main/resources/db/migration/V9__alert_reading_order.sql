-- The console's and the API's pages of alerts (ledger.AlertPages): each (state, severity) group is read in the
-- reading order (date, commitment, rule) straight from this index, so that a page of 100 reads about 100 rows
-- of a ledger of 10^5, and the counts by state and severity are taken from the index alone.
create index alert_reading on alert (state, severity, due, commitment, rule);
