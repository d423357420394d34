-- The scheduler's reads: the earliest unfired deadline, and the unfired ones due now, both ordered by
-- (fired_at, due_at). H2 has no partial index; the unfired rows (fired_at NULL) form one range of this index, read
-- in its order ("index sorted", one row scanned for the next due one). PostgreSQL has a partial index instead.
CREATE INDEX sla_deadlines_due_idx ON sla_deadlines (fired_at, due_at);
