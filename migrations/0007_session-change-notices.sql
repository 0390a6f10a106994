-- Each instance keeps signed-in sessions in memory. Any change that could end a session or alter what it may do
-- (sign-out, a session deleted, a user's roles, status, enterprise, password or language changed) is announced on
-- the channel qiao_sessions, by the database itself, so that every instance forgets its copy whichever code path
-- or tool made the change. Session touches (last seen, sliding expiry) are not announced: they take nothing away.
CREATE FUNCTION announce_session_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('qiao_sessions', 'session:' || OLD.id);
  ELSE
    PERFORM pg_notify('qiao_sessions', 'user:' || OLD.id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_announce_end AFTER DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION announce_session_change();
--> statement-breakpoint
CREATE TRIGGER users_announce_change AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION announce_session_change();
