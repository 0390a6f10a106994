-- The characters and character pairs of each line of an enterprise's search text, for a GIN index that finds
-- names containing a query. Not pg_trgm: its trigrams skip every non-ASCII character under the C locale the
-- embedded PostgreSQL runs with (show_trgm('青岛') is empty there), and a one- or two-character Chinese query,
-- the common case, has no trigram at all. Lines (name, former names, credit code) are split so that no pair
-- spans two of them.
CREATE FUNCTION enterprise_search_grams(search_text text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(array_agg(DISTINCT substr(line, position, size)), '{}')
  FROM regexp_split_to_table(search_text, E'\n') AS line,
       generate_series(1, char_length(line)) AS position,
       (VALUES (1), (2)) AS sizes(size)
  WHERE position + size - 1 <= char_length(line)
$$;
