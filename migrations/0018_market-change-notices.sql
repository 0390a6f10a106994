-- Every instance keeps the matching index of published listings and demands in memory. Whatever may change what
-- the index holds (a record published, edited while published, taken out of publication, deleted) is announced on
-- the channel qiao_market as 'listing:<id>' or 'demand:<id>', by the database itself, so that every instance
-- re-reads the record whichever code path, instance or tool changed it. Changes to records that are not published
-- before nor after (drafts being written, reviews) are not announced: the index never holds them.
CREATE FUNCTION announce_market_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('qiao_market', TG_ARGV[0] || ':' || OLD.id);
  ELSE
    PERFORM pg_notify('qiao_market', TG_ARGV[0] || ':' || NEW.id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER listings_announce_insert AFTER INSERT ON listings
  FOR EACH ROW WHEN (NEW.state = 'published') EXECUTE FUNCTION announce_market_change('listing');
--> statement-breakpoint
CREATE TRIGGER listings_announce_update AFTER UPDATE ON listings
  FOR EACH ROW WHEN (OLD.state = 'published' OR NEW.state = 'published') EXECUTE FUNCTION announce_market_change('listing');
--> statement-breakpoint
CREATE TRIGGER listings_announce_delete AFTER DELETE ON listings
  FOR EACH ROW WHEN (OLD.state = 'published') EXECUTE FUNCTION announce_market_change('listing');
--> statement-breakpoint
CREATE TRIGGER demands_announce_insert AFTER INSERT ON demands
  FOR EACH ROW WHEN (NEW.state = 'published') EXECUTE FUNCTION announce_market_change('demand');
--> statement-breakpoint
CREATE TRIGGER demands_announce_update AFTER UPDATE ON demands
  FOR EACH ROW WHEN (OLD.state = 'published' OR NEW.state = 'published') EXECUTE FUNCTION announce_market_change('demand');
--> statement-breakpoint
CREATE TRIGGER demands_announce_delete AFTER DELETE ON demands
  FOR EACH ROW WHEN (OLD.state = 'published') EXECUTE FUNCTION announce_market_change('demand');
