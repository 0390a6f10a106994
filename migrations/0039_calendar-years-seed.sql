-- Every instance keeps the business calendar in memory (readBusinessCalendar); any change of the years is announced
-- on qiao_calendar by the database itself, so that every instance drops its copy whichever code path or tool made it.
CREATE FUNCTION announce_calendar_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('qiao_calendar', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER calendar_years_announce_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_years
  FOR EACH STATEMENT EXECUTE FUNCTION announce_calendar_change();
--> statement-breakpoint
-- The years announced by the State Council when the calendar moved into the database: 2025 from 国办发明电〔2024〕12号
-- of 12 November 2024, 2026 from the notice of 4 November 2025. Later years are entered by administrators.
INSERT INTO calendar_years (year, holidays, workdays) VALUES
  (2025, '[{"name":"元旦","from":"2025-01-01","to":"2025-01-01"},{"name":"春节","from":"2025-01-28","to":"2025-02-04"},{"name":"清明节","from":"2025-04-04","to":"2025-04-06"},{"name":"劳动节","from":"2025-05-01","to":"2025-05-05"},{"name":"端午节","from":"2025-05-31","to":"2025-06-02"},{"name":"国庆节、中秋节","from":"2025-10-01","to":"2025-10-08"}]'::jsonb, '["2025-01-26","2025-02-08","2025-04-27","2025-09-28","2025-10-11"]'::jsonb),
  (2026, '[{"name":"元旦","from":"2026-01-01","to":"2026-01-03"},{"name":"春节","from":"2026-02-15","to":"2026-02-23"},{"name":"清明节","from":"2026-04-04","to":"2026-04-06"},{"name":"劳动节","from":"2026-05-01","to":"2026-05-05"},{"name":"端午节","from":"2026-06-19","to":"2026-06-21"},{"name":"中秋节","from":"2026-09-25","to":"2026-09-27"},{"name":"国庆节","from":"2026-10-01","to":"2026-10-07"}]'::jsonb, '["2026-01-04","2026-02-14","2026-02-28","2026-05-09","2026-09-20","2026-10-10"]'::jsonb);
