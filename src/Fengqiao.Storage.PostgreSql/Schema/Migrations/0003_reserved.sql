-- Reserved: the schema version of this number belongs to another module and replaces this file
-- when the branches meet. Versions are numbered without gaps, so the number is held here meanwhile.
SELECT 1;
