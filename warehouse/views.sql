-- Views over the reconcile tables, (re)created whenever a writer opens the warehouse.

CREATE OR REPLACE VIEW v_claims AS
WITH members AS (
    SELECT cs.claim_id, s.sentence_id, s.text, s.position, a.outlet, a.outlet_id
    FROM claim_sentences cs
    JOIN sentences s USING (sentence_id)
    JOIN articles a USING (article_id)
)
SELECT c.story_id,
       c.claim_id,
       c.position,
       c.n_outlets,
       c.n_sentences,
       arg_min(m.text, m.position) AS representative,
       list(DISTINCT m.outlet ORDER BY m.outlet) AS outlets,
       (SELECT count(*) FROM discrepancies d WHERE d.claim_id = c.claim_id) AS n_discrepancies
FROM claims c
JOIN members m USING (claim_id)
GROUP BY c.story_id, c.claim_id, c.position, c.n_outlets, c.n_sentences;
COMMENT ON VIEW v_claims IS 'One row per claim: a representative sentence (the earliest-placed), its outlets and counts.';

CREATE OR REPLACE VIEW v_agreements AS
SELECT story_id, claim_id, position, n_outlets, representative, outlets
FROM v_claims
WHERE n_outlets >= 2 AND n_discrepancies = 0;
COMMENT ON VIEW v_agreements IS 'Claims reported by two or more outlets with no discrepancy between them.';

CREATE OR REPLACE VIEW v_unique_claims AS
SELECT story_id, claim_id, position, outlets[1] AS outlet, representative AS text
FROM v_claims
WHERE n_outlets = 1;
COMMENT ON VIEW v_unique_claims IS 'Claims only one outlet reports, with that outlet.';

CREATE OR REPLACE VIEW v_discrepancies AS
SELECT d.story_id,
       d.claim_id,
       d.kind,
       aa.outlet AS outlet_a,
       sa.text AS sentence_a,
       d.value_a,
       d.norm_a,
       aa.published_at AS published_a,
       ab.outlet AS outlet_b,
       sb.text AS sentence_b,
       d.value_b,
       d.norm_b,
       ab.published_at AS published_b,
       round(abs(epoch(ab.published_at) - epoch(aa.published_at)) / 3600.0, 1) AS hours_apart,
       CASE
           WHEN d.kind = 'number' AND abs(epoch(ab.published_at) - epoch(aa.published_at)) >= 3 * 3600
           THEN d.explanation || '; published ' ||
                CAST(round(abs(epoch(ab.published_at) - epoch(aa.published_at)) / 3600.0) AS INTEGER) ||
                ' h apart: the later figure (' ||
                CASE WHEN ab.published_at > aa.published_at THEN ab.outlet ELSE aa.outlet END ||
                ') may be an update rather than a conflict'
           ELSE d.explanation
       END AS explanation,
       d.confidence,
       d.discrepancy_id,
       d.sentence_id_a,
       d.sentence_id_b
FROM discrepancies d
JOIN sentences sa ON sa.sentence_id = d.sentence_id_a
JOIN sentences sb ON sb.sentence_id = d.sentence_id_b
JOIN articles aa ON aa.article_id = sa.article_id
JOIN articles ab ON ab.article_id = sb.article_id;
COMMENT ON VIEW v_discrepancies IS 'Discrepancies with story, kind, both outlets, sentences, values and publication times; numbers published hours apart are flagged as possible updates.';
