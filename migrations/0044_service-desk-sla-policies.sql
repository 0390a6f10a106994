-- The desk's SLA policies as first set: on-site faults (power and utilities, property and facilities) answered in
-- 10 minutes and fixed in 30 around the clock; other urgent requests 30 / 240 around the clock; the rest in
-- working minutes of office hours. Administrators change the figures afterwards.
INSERT INTO "service_sla_policies" ("category_code", "priority", "first_response_minutes", "resolution_minutes", "calendar") VALUES
  ('utilities', 'urgent', 10, 30, 'always'),
  ('property', 'urgent', 10, 30, 'always'),
  (NULL, 'urgent', 30, 240, 'always'),
  (NULL, 'high', 60, 480, 'business'),
  (NULL, 'normal', 240, 1440, 'business'),
  (NULL, 'low', 480, 2880, 'business')
ON CONFLICT ON CONSTRAINT "service_sla_policies_match_key" DO NOTHING;
