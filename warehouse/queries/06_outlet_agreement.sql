-- How often does each outlet agree with the others?
-- For each outlet, its claims shared with another outlet, counted once per partner (a claim
-- carried with three others counts three times), and the share of them with no conflict.
WITH sides AS (
    SELECT outlet_id_a AS outlet_id, outlet_a AS outlet, claims_shared, claims_agreed, conflicts
    FROM v_outlet_pairs
    UNION ALL
    SELECT outlet_id_b, outlet_b, claims_shared, claims_agreed, conflicts
    FROM v_outlet_pairs
)
SELECT outlet,
       count(*) FILTER (WHERE claims_shared > 0) AS partners,
       sum(claims_shared) AS shared_pairs,
       sum(claims_agreed) AS agreed_pairs,
       sum(conflicts) AS conflicts,
       round(sum(claims_agreed) / nullif(sum(claims_shared), 0), 3) AS agreement_rate
FROM sides
GROUP BY outlet_id, outlet
ORDER BY agreement_rate DESC NULLS LAST, outlet;
