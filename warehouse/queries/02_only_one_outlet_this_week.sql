-- What did only one outlet report this week?
-- Claims a single outlet carries, from articles published in the seven days up to the newest
-- article in the warehouse (on a live warehouse, use now() instead of that anchor).
WITH anchor AS (SELECT max(published_at) AS newest FROM articles)
SELECT u.story_id,
       u.outlet,
       strftime(u.published_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') AS published_utc,
       u.text
FROM v_unique_claims u, anchor
WHERE u.published_at > anchor.newest - INTERVAL 7 DAY
ORDER BY u.published_at DESC, u.story_id, u.position
LIMIT 8;
