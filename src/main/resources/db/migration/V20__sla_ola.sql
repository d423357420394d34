-- The agency's OLA towards the freelancer in subcontracting: the share of the client's goals it is due at (the OLA
-- metrics themselves are written with the version's metrics, agreement OLA). Null for a BPO engagement.
ALTER TABLE sla_policy_versions ADD COLUMN ola_percent INT;
