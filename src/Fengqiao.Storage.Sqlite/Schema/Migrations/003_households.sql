-- Reserved for the households module (migration 3). Migrations are numbered without gaps; the
-- households module's own script takes this number.
SELECT 1;
