-- Version 3 is reserved for the households module's tables. This no-op keeps the script numbers
-- contiguous until that module's own script takes its place (delete this file then).
SELECT 1;
