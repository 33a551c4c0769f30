-- Which outlets disagree most on numbers?
-- Pairs of outlets ranked by the number conflicts between them across all stories, with the
-- claims they share and how often they agree on those claims.
SELECT outlet_a,
       outlet_b,
       number_conflicts,
       claims_shared,
       agreement_rate
FROM v_outlet_pairs
WHERE claims_shared > 0
ORDER BY number_conflicts DESC, agreement_rate, outlet_a, outlet_b
LIMIT 8;
