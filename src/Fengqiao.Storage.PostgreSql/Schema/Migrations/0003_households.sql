-- Version 3: reserved for the households module. Versions are applied in order without gaps; the
-- households module's own script takes this number.
SELECT 1;
