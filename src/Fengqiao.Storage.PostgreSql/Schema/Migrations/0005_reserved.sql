-- Version 5 is reserved for the services module's tables. This no-op keeps the script numbers
-- contiguous until that module's own script takes its place (delete this file then).
SELECT 1;
