-- The technology fields (领域) of the district's technology market: its own priority fields first, then the rest of
-- the matching engine's field vocabulary (src/modules/matching/data/field-affinity.txt), so that every field the
-- engine relates can be chosen. Each names the nearest GB/T 4754-2017 industry where one fits; administrators
-- maintain the list from here on.
INSERT INTO "market_fields" ("name", "name_key", "name_en", "industry_code", "position") VALUES
('新能源', '新能源', 'New energy', 'D44', 1),
('海洋科技', '海洋科技', 'Marine science and technology', NULL, 2),
('虚拟现实与增强现实', '虚拟现实与增强现实', 'Virtual and augmented reality', 'C3961', 3),
('无人机与低空经济', '无人机与低空经济', 'Drones and the low-altitude economy', 'C3963', 4),
('集成电路与芯片', '集成电路与芯片', 'Integrated circuits and chips', 'C397', 5),
('生物医药', '生物医药', 'Biomedicine', 'C27', 6),
('新材料', '新材料', 'New materials', NULL, 7),
('纺织服装与面料', '纺织服装与面料', 'Textiles, apparel and fabrics', 'C17', 8),
('家居家具', '家居家具', 'Home furnishing', 'C21', 9),
('软件与信息化', '软件与信息化', 'Software and information services', 'I65', 10),
('新能源电池', '新能源电池', 'New energy batteries', 'C384', 11),
('光伏与储能', '光伏与储能', 'Photovoltaics and energy storage', 'C3825', 12),
('氢能与燃料电池', '氢能与燃料电池', 'Hydrogen and fuel cells', NULL, 13),
('汽车与零部件', '汽车与零部件', 'Automobiles and parts', 'C36', 14),
('石油化工', '石油化工', 'Petrochemicals', 'C25', 15),
('医疗器械', '医疗器械', 'Medical devices', 'C358', 16),
('食品与现代农业', '食品与现代农业', 'Food and modern agriculture', 'C14', 17),
('人工智能与计算机视觉', '人工智能与计算机视觉', 'Artificial intelligence and computer vision', NULL, 18),
('大数据与云计算', '大数据与云计算', 'Big data and cloud computing', 'I6450', 19),
('工业机器人与智能制造', '工业机器人与智能制造', 'Industrial robots and intelligent manufacturing', 'C3491', 20),
('激光加工', '激光加工', 'Laser processing', NULL, 21),
('超高清视频与显示', '超高清视频与显示', 'Ultra-HD video and displays', 'C3974', 22),
('智能家电与物联网', '智能家电与物联网', 'Smart appliances and the Internet of Things', 'C385', 23),
('环保与水处理', '环保与水处理', 'Environmental protection and water treatment', 'N77', 24),
('轨道交通', '轨道交通', 'Rail transit', 'C371', 25);
