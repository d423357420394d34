-- The scheduler's one read: the earliest unfired deadline, and the unfired ones due now in due order. A partial
-- index holds only the unfired rows, so both are an index read of the rows returned, however many have fired.
-- (An index on (fired_at, due_at) is not used for the order here: PostgreSQL treats IS NULL as a filter, not as
-- an equality, and sorts every unfired row.)
CREATE INDEX sla_deadlines_due_idx ON sla_deadlines (due_at) WHERE fired_at IS NULL;
