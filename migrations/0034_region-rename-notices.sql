-- The matching index holds each listing's and demand's owner region by name (read when the record was). A region
-- renamed in the reference table, as a reference-data migration run by a newer instance does while older ones still
-- serve, changes what the index should hold for every record whose owner is in it: announced on qiao_market as
-- 'region:<code>', each instance re-reads the published records of owners there.
CREATE FUNCTION announce_market_region_rename() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('qiao_market', 'region:' || NEW.code);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER regions_announce_market_rename AFTER UPDATE OF name ON regions
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION announce_market_region_rename();
