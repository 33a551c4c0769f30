-- Which claims does every outlet carry?
-- Claims reported by all of a story's outlets (stories covered by two or more), with the
-- number of discrepancies among them: the core of the story everyone agrees to tell.
SELECT c.story_id,
       c.n_outlets AS outlets,
       c.n_discrepancies AS conflicts,
       c.representative
FROM v_claims c
JOIN stories s ON s.story_id = c.story_id
WHERE s.n_outlets >= 2
  AND c.n_outlets = s.n_outlets
ORDER BY c.story_id, c.position
LIMIT 10;
