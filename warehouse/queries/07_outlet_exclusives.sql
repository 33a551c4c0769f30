-- Which outlets report most that no one else does?
-- Per outlet across all stories: claims it reports, how many only it reports, and that share.
SELECT outlet,
       stories,
       claims_reported,
       claims_unique,
       unique_share
FROM v_outlet_coverage
ORDER BY unique_share DESC, claims_unique DESC, outlet;
