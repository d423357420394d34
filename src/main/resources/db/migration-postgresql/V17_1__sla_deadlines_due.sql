-- The scheduler's reads: the earliest unfired deadline, and the unfired ones due now in due order, both ordered by
-- (fired_at, due_at) (fired_at being NULL in every row they read, the same order as due_at alone). A partial index
-- holds only the unfired rows, so each is an index read of the rows it returns however many have fired: the next
-- due one is an Index Only Scan of one row. (A plain index on (fired_at, due_at) read with ORDER BY due_at is not:
-- PostgreSQL takes IS NULL as a filter rather than an equality, and sorts every unfired row.)
CREATE INDEX sla_deadlines_due_idx ON sla_deadlines (fired_at, due_at) WHERE fired_at IS NULL;
