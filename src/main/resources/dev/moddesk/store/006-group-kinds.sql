-- ModDesk schema 6: undo and redo go by what a decision group is and which group it reverts, kept in columns
-- (before, they parsed the group's label, 'undo 17').
ALTER TABLE decision_groups ADD COLUMN kind TEXT NOT NULL DEFAULT 'decide';
ALTER TABLE decision_groups ADD COLUMN reverts INTEGER REFERENCES decision_groups(id);
UPDATE decision_groups SET kind = 'undo', reverts = CAST(substr(label, 6) AS INTEGER) WHERE label LIKE 'undo %';
UPDATE decision_groups SET kind = 'redo', reverts = CAST(substr(label, 6) AS INTEGER) WHERE label LIKE 'redo %';
UPDATE decision_groups SET kind = 'resolve' WHERE label LIKE 'keep-mine %' OR label LIKE 'take-site %';
