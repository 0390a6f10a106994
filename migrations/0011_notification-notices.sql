-- Each instance streams every signed-in user's unread count to their open pages. Whatever changes that count (a
-- notice written, read or deleted) is announced on the channel qiao_notifications with the user's id, by the
-- database itself, so that every instance's streams follow whichever code path, instance or tool made the change.
-- A change of a row's e-mail stamp alone is not announced: the count stays as it was. PostgreSQL sends one notice
-- per distinct payload and transaction, so marking a thousand rows read announces the user once.
CREATE FUNCTION announce_notification_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('qiao_notifications', OLD.user_id::text);
  ELSE
    PERFORM pg_notify('qiao_notifications', NEW.user_id::text);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER notifications_announce_insert_delete AFTER INSERT OR DELETE ON notifications
  FOR EACH ROW EXECUTE FUNCTION announce_notification_change();
--> statement-breakpoint
CREATE TRIGGER notifications_announce_read AFTER UPDATE OF read_at ON notifications
  FOR EACH ROW WHEN (OLD.read_at IS DISTINCT FROM NEW.read_at) EXECUTE FUNCTION announce_notification_change();
