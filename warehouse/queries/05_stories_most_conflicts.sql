-- Stories with the most conflicts
-- Every story with its discrepancies by kind and how many of its shared claims are in conflict.
SELECT s.story_id,
       s.n_outlets AS outlets,
       s.n_shared_claims AS shared_claims,
       count(DISTINCT d.claim_id) AS claims_in_conflict,
       count(d.discrepancy_id) AS conflicts,
       count(d.discrepancy_id) FILTER (WHERE d.kind = 'number') AS number,
       count(d.discrepancy_id) FILTER (WHERE d.kind = 'date') AS date,
       count(d.discrepancy_id) FILTER (WHERE d.kind = 'entity') AS entity,
       count(d.discrepancy_id) FILTER (WHERE d.kind = 'negation') AS negation
FROM stories s
LEFT JOIN discrepancies d ON d.story_id = s.story_id
GROUP BY s.story_id, s.n_outlets, s.n_shared_claims
ORDER BY conflicts DESC, claims_in_conflict DESC, s.story_id;
