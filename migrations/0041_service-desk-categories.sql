-- The service desk's categories as the district's 12345 and enterprise hotline sort them; administrators rename,
-- reorder, add and deactivate them afterwards.
INSERT INTO "service_categories" ("code", "name_zh_cn", "name_zh_tw", "name_en", "position") VALUES
  ('utilities', '水电气暖', '水電氣暖', 'Power and utilities', 1),
  ('property', '物业设施', '物業設施', 'Property and facilities', 2),
  ('permits', '证照审批', '證照審批', 'Permits and approvals', 3),
  ('policy', '政策咨询', '政策諮詢', 'Policy consultation', 4),
  ('ip', '知识产权', '智慧財產權', 'Intellectual property', 5),
  ('finance', '金融服务', '金融服務', 'Finance', 6),
  ('legal', '法律服务', '法律服務', 'Legal services', 7),
  ('tech-trading', '技术交易', '技術交易', 'Technology trading', 8),
  ('talent-housing', '人才安居', '人才安居', 'Talent and housing', 9),
  ('other', '其他', '其他', 'Other', 10)
ON CONFLICT ("code") DO NOTHING;
