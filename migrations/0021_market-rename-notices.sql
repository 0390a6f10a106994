-- The matching index holds, with each listing and demand, its owner's name and region and its field's name (read
-- when the record was). Renaming an owner (the enterprise master record's name or region) or a market field changes
-- what the index should hold for every record naming it, so these changes are announced on qiao_market as well,
-- as 'owner:<enterprise id>' and 'field:<field id>'; each instance re-reads the published records they touch.
CREATE FUNCTION announce_market_rename() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('qiao_market', TG_ARGV[0] || ':' || NEW.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER enterprises_announce_market_rename AFTER UPDATE OF name, region_code ON enterprises
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.region_code IS DISTINCT FROM NEW.region_code)
  EXECUTE FUNCTION announce_market_rename('owner');
--> statement-breakpoint
CREATE TRIGGER market_fields_announce_rename AFTER UPDATE OF name ON market_fields
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION announce_market_rename('field');
