-- The scheduler's one read: the earliest unfired deadline. H2 has no partial index; the unfired rows (fired_at
-- NULL) form one range of this index, in due order.
CREATE INDEX sla_deadlines_due_idx ON sla_deadlines (fired_at, due_at);
