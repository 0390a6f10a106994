import { normalizeKey } from '../../../platform/text/normalize.ts';

// Provincial-level divisions with their English names and, for regions often written as a city alone, the
// main cities. Regions come as typed ("江苏泰州", "台灣新竹", "Wanning, Hainan", "深圳"), so the first
// division whose name appears in the normalised text wins. Longer names are tried first (内蒙古 before 蒙古,
// shaanxi before shanxi).
const PROVINCES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['北京', ['北京', 'beijing']],
  ['天津', ['天津', 'tianjin']],
  ['上海', ['上海', 'shanghai']],
  ['重庆', ['重庆', 'chongqing']],
  ['河北', ['河北', 'hebei', '石家庄', '唐山', '保定', '雄安']],
  ['山西', ['山西', 'shanxi', '太原', '大同', '长治']],
  ['内蒙古', ['内蒙古', 'inner mongolia', '呼和浩特', '包头', '鄂尔多斯']],
  ['辽宁', ['辽宁', 'liaoning', '沈阳', '大连', '鞍山']],
  ['吉林', ['吉林', 'jilin', '长春']],
  ['黑龙江', ['黑龙江', 'heilongjiang', '哈尔滨', '大庆']],
  ['江苏', ['江苏', 'jiangsu', '南京', '苏州', '无锡', '常州', '南通', '徐州', '扬州', '泰州', '盐城', '昆山']],
  ['浙江', ['浙江', 'zhejiang', '杭州', '宁波', '温州', '绍兴', '嘉兴', '台州', '金华', '湖州', '舟山']],
  ['安徽', ['安徽', 'anhui', '合肥', '芜湖', '蚌埠']],
  ['福建', ['福建', 'fujian', '福州', '厦门', '泉州', '宁德']],
  ['江西', ['江西', 'jiangxi', '南昌', '赣州', '宜春']],
  ['山东', ['山东', 'shandong', '济南', '青岛', '烟台', '潍坊', '淄博', '东营']],
  ['河南', ['河南', 'henan', '郑州', '洛阳']],
  ['湖北', ['湖北', 'hubei', '武汉', '宜昌', '襄阳']],
  ['湖南', ['湖南', 'hunan', '长沙', '株洲', '湘潭']],
  ['广东', ['广东', 'guangdong', '广州', '深圳', '东莞', '佛山', '珠海', '中山', '惠州', '肇庆', 'shenzhen', 'guangzhou']],
  ['广西', ['广西', 'guangxi', '南宁', '柳州']],
  ['海南', ['海南', 'hainan', '海口', '三亚']],
  ['四川', ['四川', 'sichuan', '成都', '绵阳']],
  ['贵州', ['贵州', 'guizhou', '贵阳', '遵义']],
  ['云南', ['云南', 'yunnan', '昆明']],
  ['西藏', ['西藏', 'tibet', 'xizang', '拉萨']],
  ['陕西', ['陕西', 'shaanxi', '西安']],
  ['甘肃', ['甘肃', 'gansu', '兰州', '酒泉']],
  ['青海', ['青海', 'qinghai', '西宁']],
  ['宁夏', ['宁夏', 'ningxia', '银川']],
  ['新疆', ['新疆', 'xinjiang', '乌鲁木齐', '石河子']],
  ['台湾', ['台湾', 'taiwan', '台北', '新竹', '台中', '台南', '高雄', '桃园']],
  ['香港', ['香港', 'hong kong', 'hongkong']],
  ['澳门', ['澳门', 'macau', 'macao']],
];

const ALIASES = PROVINCES.flatMap(([province, names]) => names.map((name) => [name, province] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/**
 * The province (or, abroad, the country or place as written) a region names, as a normalised key; '' when
 * no region is given. Two regions are "the same" when their keys are equal.
 */
export function regionKey(region: string | null): string {
  const key = region ? normalizeKey(region) : '';
  if (!key) return '';
  for (const [alias, province] of ALIASES) {
    if (key.includes(alias)) return province;
  }
  return key;
}

/** Bounds the regions remembered as given (free text: any spelling may come). */
const GIVEN_REGIONS_LIMIT = 100_000;

/** Numbers region keys (0 = none given) so that fit is computed on integers. */
export class RegionRegistry {
  private readonly ids = new Map<string, number>();
  /** Ids by the region as given: records repeat a few regions, whose keys are found once each. */
  private readonly given = new Map<string, number>();

  /** The largest id given so far. */
  get size(): number {
    return this.ids.size;
  }

  id(region: string | null): number {
    if (!region) return 0;
    let id = this.given.get(region);
    if (id === undefined) {
      id = this.idOfKey(regionKey(region));
      if (this.given.size >= GIVEN_REGIONS_LIMIT) this.given.clear();
      this.given.set(region, id);
    }
    return id;
  }

  private idOfKey(key: string): number {
    if (!key) return 0;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(key, id);
    }
    return id;
  }
}
