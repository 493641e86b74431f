-- An index for every column the store looks rows up by that had none (DESIGN.md §6), so
-- that these lookups stay quick as an instance grows instead of reading the whole table.

-- A person is known again by their e-mail address within a meeting (registering, joining
-- through a delegation's link, uploading a delegation's list), and without one by their name.
-- The expressions are the ones the queries use, so the planner can match them.
CREATE INDEX participants_email ON participants (project_id, event, lower(email));
CREATE INDEX participants_name ON participants (project_id, event, lower(name));

-- A town's page lists the projects it is a partner in and its organisations; a project's
-- data reads the organisations and venues of its towns.
CREATE INDEX partners_town ON partners (town_id);
CREATE INDEX organisations_town ON organisations (town_id);
CREATE INDEX venues_town ON venues (town_id);

-- An account's API tokens, on its own page.
CREATE INDEX api_tokens_account ON api_tokens (account_id);

-- Deleting a programme item clears the twinning signed at it (ON DELETE SET NULL), which
-- looks twinnings up by this column.
CREATE INDEX twinnings_signed_at_item ON twinnings (signed_at_item_id);

-- Idle sessions and old failed sign-ins are deleted by age.
CREATE INDEX sessions_last_seen ON sessions (last_seen_at);
CREATE INDEX signin_failures_at ON signin_failures (at);
