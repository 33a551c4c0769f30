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
SELECT v.story_id, v.claim_id, v.position, v.outlets[1] AS outlet, v.representative AS text,
       a.outlet_id, a.published_at, a.url
FROM v_claims v
JOIN claim_sentences cs ON cs.claim_id = v.claim_id
JOIN sentences s ON s.sentence_id = cs.sentence_id AND s.text = v.representative
JOIN articles a ON a.article_id = s.article_id
WHERE v.n_outlets = 1
QUALIFY row_number() OVER (PARTITION BY v.claim_id ORDER BY s.position, s.sentence_id) = 1;
COMMENT ON VIEW v_unique_claims IS 'Claims only one outlet reports, with that outlet, its article''s publication time and URL.';

CREATE OR REPLACE VIEW v_discrepancies_all AS
WITH every AS (
    SELECT discrepancy_id, story_id, claim_id, kind, sentence_id_a, sentence_id_b, value_a, value_b,
           norm_a, norm_b, explanation, confidence, TRUE AS reported, CAST(NULL AS VARCHAR) AS held_back_reason
    FROM discrepancies
    UNION ALL
    SELECT discrepancy_id, story_id, claim_id, kind, sentence_id_a, sentence_id_b, value_a, value_b,
           norm_a, norm_b, explanation, confidence, FALSE, reason
    FROM held_back_discrepancies
)
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
       d.sentence_id_b,
       d.reported,
       d.held_back_reason
FROM every d
JOIN sentences sa ON sa.sentence_id = d.sentence_id_a
JOIN sentences sb ON sb.sentence_id = d.sentence_id_b
JOIN articles aa ON aa.article_id = sa.article_id
JOIN articles ab ON ab.article_id = sb.article_id;
COMMENT ON VIEW v_discrepancies_all IS 'Every conflict the rules found: the reported ones and those held back by the calibrated gates (reported = false, with the reason); columns as v_discrepancies plus reported and held_back_reason.';

CREATE OR REPLACE VIEW v_discrepancies AS
SELECT * EXCLUDE (reported, held_back_reason) FROM v_discrepancies_all WHERE reported;
COMMENT ON VIEW v_discrepancies IS 'Discrepancies with story, kind, both outlets, sentences, values and publication times; numbers published hours apart are flagged as possible updates.';


-- Views for analysis across stories and outlets (the README's "Querying the warehouse").

CREATE OR REPLACE VIEW v_claim_members AS
SELECT c.story_id,
       c.claim_id,
       c.position AS claim_position,
       c.n_outlets,
       a.outlet_id,
       a.outlet,
       a.article_id,
       s.sentence_id,
       s.position AS sentence_position,
       s.text,
       a.published_at
FROM claims c
JOIN claim_sentences cs ON cs.claim_id = c.claim_id
JOIN sentences s ON s.sentence_id = cs.sentence_id
JOIN articles a ON a.article_id = s.article_id;
COMMENT ON VIEW v_claim_members IS 'One row per sentence of a claim, with its outlet and the article''s publication time.';

CREATE OR REPLACE VIEW v_outlet_pairs AS
WITH name_counts AS (
    SELECT outlet_id, outlet, count(*) AS n FROM articles GROUP BY outlet_id, outlet
),
names AS (
    SELECT outlet_id, first(outlet ORDER BY n DESC, outlet) AS outlet FROM name_counts GROUP BY outlet_id
),
story_outlets AS (
    SELECT DISTINCT story_id, outlet_id FROM articles
),
pairs AS (
    SELECT x.outlet_id AS outlet_id_a, y.outlet_id AS outlet_id_b, count(*) AS stories_shared
    FROM story_outlets x
    JOIN story_outlets y ON x.story_id = y.story_id AND x.outlet_id < y.outlet_id
    GROUP BY x.outlet_id, y.outlet_id
),
claim_outlets AS (
    SELECT DISTINCT claim_id, outlet_id FROM v_claim_members
),
shared AS (
    SELECT x.outlet_id AS outlet_id_a, y.outlet_id AS outlet_id_b, x.claim_id
    FROM claim_outlets x
    JOIN claim_outlets y ON x.claim_id = y.claim_id AND x.outlet_id < y.outlet_id
),
conflicts AS (
    SELECT least(sa.outlet_id, sb.outlet_id) AS outlet_id_a,
           greatest(sa.outlet_id, sb.outlet_id) AS outlet_id_b,
           d.claim_id,
           d.kind
    FROM discrepancies d
    JOIN sentences sa ON sa.sentence_id = d.sentence_id_a
    JOIN sentences sb ON sb.sentence_id = d.sentence_id_b
    WHERE sa.outlet_id <> sb.outlet_id
),
claims_in_conflict AS (
    SELECT DISTINCT outlet_id_a, outlet_id_b, claim_id FROM conflicts
),
shared_counts AS (
    SELECT s.outlet_id_a, s.outlet_id_b,
           count(*) AS claims_shared,
           count(k.claim_id) AS claims_in_conflict
    FROM shared s
    LEFT JOIN claims_in_conflict k
           ON k.outlet_id_a = s.outlet_id_a AND k.outlet_id_b = s.outlet_id_b AND k.claim_id = s.claim_id
    GROUP BY s.outlet_id_a, s.outlet_id_b
),
kind_counts AS (
    SELECT outlet_id_a, outlet_id_b,
           count(*) FILTER (WHERE kind = 'number') AS number_conflicts,
           count(*) FILTER (WHERE kind = 'date') AS date_conflicts,
           count(*) FILTER (WHERE kind = 'entity') AS entity_conflicts,
           count(*) FILTER (WHERE kind = 'negation') AS negation_conflicts,
           count(*) AS conflicts
    FROM conflicts
    GROUP BY outlet_id_a, outlet_id_b
)
SELECT p.outlet_id_a,
       na.outlet AS outlet_a,
       p.outlet_id_b,
       nb.outlet AS outlet_b,
       p.stories_shared,
       coalesce(sc.claims_shared, 0) AS claims_shared,
       coalesce(sc.claims_shared, 0) - coalesce(sc.claims_in_conflict, 0) AS claims_agreed,
       coalesce(sc.claims_in_conflict, 0) AS claims_in_conflict,
       coalesce(kc.number_conflicts, 0) AS number_conflicts,
       coalesce(kc.date_conflicts, 0) AS date_conflicts,
       coalesce(kc.entity_conflicts, 0) AS entity_conflicts,
       coalesce(kc.negation_conflicts, 0) AS negation_conflicts,
       coalesce(kc.conflicts, 0) AS conflicts,
       CASE WHEN coalesce(sc.claims_shared, 0) = 0 THEN NULL
            ELSE round((sc.claims_shared - sc.claims_in_conflict) / sc.claims_shared, 3)
       END AS agreement_rate
FROM pairs p
JOIN names na ON na.outlet_id = p.outlet_id_a
JOIN names nb ON nb.outlet_id = p.outlet_id_b
LEFT JOIN shared_counts sc ON sc.outlet_id_a = p.outlet_id_a AND sc.outlet_id_b = p.outlet_id_b
LEFT JOIN kind_counts kc ON kc.outlet_id_a = p.outlet_id_a AND kc.outlet_id_b = p.outlet_id_b;
COMMENT ON VIEW v_outlet_pairs IS 'One row per pair of outlets (outlet_id_a < outlet_id_b) that covered a story together, across all stories: stories and claims they share, discrepancies between them by kind, and the share of shared claims on which they do not conflict (agreement_rate).';

CREATE OR REPLACE VIEW v_outlet_coverage AS
WITH name_counts AS (
    SELECT outlet_id, outlet, count(*) AS n FROM articles GROUP BY outlet_id, outlet
),
names AS (
    SELECT outlet_id, first(outlet ORDER BY n DESC, outlet) AS outlet FROM name_counts GROUP BY outlet_id
),
coverage AS (
    SELECT outlet_id, count(DISTINCT story_id) AS stories, count(*) AS articles, sum(n_sentences) AS sentences
    FROM articles
    GROUP BY outlet_id
),
reported AS (
    SELECT outlet_id,
           count(DISTINCT claim_id) AS claims_reported,
           count(DISTINCT claim_id) FILTER (WHERE n_outlets >= 2) AS claims_shared,
           count(DISTINCT claim_id) FILTER (WHERE n_outlets = 1) AS claims_unique
    FROM v_claim_members
    GROUP BY outlet_id
),
involved AS (
    SELECT s.outlet_id, d.claim_id, d.discrepancy_id
    FROM discrepancies d
    JOIN sentences s ON s.sentence_id IN (d.sentence_id_a, d.sentence_id_b)
),
conflicted AS (
    SELECT outlet_id, count(DISTINCT discrepancy_id) AS conflicts, count(DISTINCT claim_id) AS claims_in_conflict
    FROM involved
    GROUP BY outlet_id
)
SELECT n.outlet_id,
       n.outlet,
       c.stories,
       c.articles,
       c.sentences,
       coalesce(r.claims_reported, 0) AS claims_reported,
       coalesce(r.claims_shared, 0) AS claims_shared,
       coalesce(r.claims_unique, 0) AS claims_unique,
       coalesce(k.claims_in_conflict, 0) AS claims_in_conflict,
       coalesce(k.conflicts, 0) AS conflicts,
       CASE WHEN coalesce(r.claims_reported, 0) = 0 THEN NULL
            ELSE round(r.claims_unique / r.claims_reported, 3)
       END AS unique_share
FROM names n
JOIN coverage c ON c.outlet_id = n.outlet_id
LEFT JOIN reported r ON r.outlet_id = n.outlet_id
LEFT JOIN conflicted k ON k.outlet_id = n.outlet_id;
COMMENT ON VIEW v_outlet_coverage IS 'One row per outlet across all stories: stories covered, claims it reports, how many only it reports (claims_unique), and the discrepancies it is part of.';

CREATE OR REPLACE VIEW v_changes AS
SELECT c.story_id, c.run_id, r.started_at AS run_started_at, c.previous_run_id, c.change, c.item_id, c.detail,
       c.changed_at
FROM story_changes c
LEFT JOIN runs r USING (run_id);
COMMENT ON VIEW v_changes IS 'Changes since the previous run of each story (story_changes) with when their run started; newest last by changed_at.';
