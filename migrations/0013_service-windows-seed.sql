-- The technology market's four windows; administrators add, rename, reorder and deactivate them afterwards.
INSERT INTO "service_windows" ("code", "name_zh_cn", "name_zh_tw", "name_en", "description", "position") VALUES
  ('trading', '技术交易', '技術交易', 'Technology trading', '技术转让、许可、作价入股的撮合，合同登记与技术交易补贴咨询', 1),
  ('ip', '知识产权', '智慧財產權', 'Intellectual property', '专利申请与布局、商标注册、知识产权质押与维权咨询', 2),
  ('finance', '科技金融', '科技金融', 'Technology finance', '科技信贷、知识产权质押融资、投资机构对接与政策性担保', 3),
  ('legal', '法律服务', '法律服務', 'Legal services', '技术合同审查、股权与劳动法律问题、纠纷调解', 4)
ON CONFLICT ("code") DO NOTHING;
