-- Conflicts published hours apart (possible updates)
-- Discrepancies between articles published three or more hours apart, earlier report first:
-- a later figure may be an update (a toll rising through the day) rather than a contradiction.
SELECT story_id,
       kind,
       CASE WHEN published_a <= published_b THEN outlet_a ELSE outlet_b END AS earlier,
       CASE WHEN published_a <= published_b THEN value_a ELSE value_b END AS earlier_value,
       CASE WHEN published_a <= published_b THEN outlet_b ELSE outlet_a END AS later,
       CASE WHEN published_a <= published_b THEN value_b ELSE value_a END AS later_value,
       hours_apart
FROM v_discrepancies
WHERE hours_apart >= 3
ORDER BY hours_apart DESC, story_id, kind, earlier, later
LIMIT 10;
