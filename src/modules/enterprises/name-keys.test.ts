import { describe, expect, it } from 'vitest';
import { distinctiveName, duplicateKey, nameKeys, searchText } from './name-keys.ts';

describe('duplicateKey', () => {
  it.each([
    ['青岛海汇技术转移服务有限公司', '青島海匯技術轉移服務有限公司', 'script'],
    ['青岛海汇技术转移服务有限公司', '青岛海汇技术转移服务有限责任公司', 'legal form'],
    ['青岛海汇技术转移服务有限公司', '青岛海汇技术转移服务股份有限公司', 'legal form'],
    ['青岛海汇技术转移服务有限公司', ' 青岛 海汇技术转移服务 有限公司 ', 'spaces'],
    ['ＡＢＣ科技有限公司', 'abc科技有限公司', 'width and case'],
    ['德纺（青岛）纺织品贸易有限公司', '德纺纺织品贸易有限公司', 'a place in brackets'],
    ['德纺(青島)纺织品贸易有限公司', '德纺【青岛市】纺织品贸易有限公司', 'bracket style and place spelling'],
    ['海川（集团）有限公司', '海川集团有限公司', 'brackets around other words'],
  ])('%s ≈ %s (%s)', (a, b) => {
    expect(duplicateKey(a)).toBe(duplicateKey(b));
  });

  it.each([
    ['青岛海汇技术转移服务有限公司', '青岛海汇技术服务有限公司'],
    ['深圳市翼控微电子有限公司', '深圳市翼控电子有限公司'],
    ['德纺（青岛）纺织品贸易有限公司', '德纺（上海）纺织品贸易有限公司x'],
  ])('%s ≠ %s', (a, b) => {
    expect(duplicateKey(a)).not.toBe(duplicateKey(b));
  });

  it('keeps nothing of a name that is only a legal form', () => {
    expect(nameKeys('有限公司', [])).toEqual([]);
  });

  it('collects distinct keys of current and former names', () => {
    expect(nameKeys('甲乙有限公司', ['甲乙有限责任公司', '丙丁公司'])).toEqual(['甲乙', '丙丁']);
  });
});

describe('searchText', () => {
  it('holds every name in Simplified lower case and the credit code', () => {
    expect(searchText('青島ＡＢ有限公司', ['舊名'], '91350100M000100Y43')).toBe('青岛ab有限公司\n旧名\n91350100m000100y43');
  });
});

describe('distinctiveName', () => {
  it.each([
    ['青岛幻视科技有限公司', '幻视科技'],
    ['山东青岛崂山某某科技股份有限公司', '某某科技'],
    ['青岛市崂山区海川软件有限责任公司', '海川软件'],
    ['德纺（青岛）纺织品贸易有限公司', '德纺纺织品贸易'],
    ['青岛崂山理工大学', '理工大学'],
    ['青岛有限公司', '青岛'],
    ['青岛 Blue Ocean Robotics 有限公司', 'blue ocean robotics'],
  ])('%s → %s', (name, distinctive) => {
    expect(distinctiveName(name)).toBe(distinctive);
  });
});
