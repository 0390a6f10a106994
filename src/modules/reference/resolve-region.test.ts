import { describe, expect, it } from 'vitest';
import { locales } from '../../platform/i18n/locale.ts';
import { regionPrefix } from './region-prefix.ts';
import { resolveRegion } from './resolve-region.ts';
import { fileReference } from './test-reference.ts';

describe('resolveRegion', () => {
  it.each([
    ['370212', '370212'],
    ['山东省/青岛市/崂山区', '370212'],
    ['山东省 / 青岛市 / 崂山区', '370212'],
    ['山东青岛崂山', '370212'],
    ['青岛市崂山区', '370212'],
    ['青岛崂山区', '370212'],
    ['崂山区', '370212'],
    ['嶗山區', '370212'],
    ['崂山', '370212'],
    ['即墨区', '370215'],
    ['西海岸新区', '370211'],
    ['青岛市西海岸新区', '370211'],
    ['黄岛区', '370211'],
    ['高新区', '370271'],
    ['青岛高新区', '370271'],
    ['青岛高新技术产业开发区', '370271'],
    ['青岛市', '370200'],
    ['山东省', '370000'],
    ['深圳市南山区', '440305'],
    ['广东省深圳市光明区', '440311'],
    ['北京市朝阳区', '110105'],
    ['上海市浦东新区', '310115'],
  ])('%s → %s', (text, code) => {
    expect(resolveRegion(fileReference, text)).toEqual({ code });
  });

  it.each([
    ['北京市/北京市/海淀区', '110108'],
    ['北京市 / 市辖区 / 海淀区', '110108'],
    ['北京/北京/海淀', '110108'],
    ['北京市北京市朝阳区', '110105'],
    ['北京市/海淀区', '110108'],
    ['北京市/北京市', '110000'],
    ['天津市/天津市/滨海新区', '120116'],
    ['上海市/上海市/浦东新区', '310115'],
    ['上海市/市辖区/浦东新区', '310115'],
    ['重庆市/重庆市/渝中区', '500103'],
    ['重庆市/县/城口县', '500229'],
    ['北京市/北京市/海澱區', '110108'],
  ])('a municipality whose city level repeats it or reads 市辖区: %s → %s', (text, code) => {
    expect(resolveRegion(fileReference, text)).toEqual({ code });
  });

  it.each([
    ['山東省/青島市/嶗山區', '370212'],
    ['新疆維吾爾自治區/伊犁哈薩克自治州', '654000'],
    ['河南省/鶴壁市/濬縣', '410621'],
    ['Shandong/Qingdao/Laoshan District', '370212'],
    ['shandong / qingdao / laoshan district', '370212'],
    ['Qingdao Laoshan District', '370212'],
    ['Laoshan District', '370212'],
    ['Laoshan', '370212'],
    ['Hi-tech Zone', '370271'],
    ["Chongqing/Nan'an District", '500108'],
    ['Nanan District', '500108'],
    ['Beijing/Haidian District', '110108'],
    ['Beijing/Beijing/Haidian District', '110108'],
  ])('reads a path in Traditional or English: %s → %s', (text, code) => {
    expect(resolveRegion(fileReference, text)).toEqual({ code });
  });

  it.each([
    ['Hebei', '130000'],
    ['Hebei District', '120105'],
    ['Tianjin/Hebei', '120105'],
    ['Jilin', '220000'],
    ['Jilin/Jilin', '220200'],
  ])('takes a name written in full over another place\'s shortened one, a whole path over a tail: %s → %s', (text, code) => {
    expect(resolveRegion(fileReference, text)).toEqual({ code });
  });

  it.each(locales)('reads back every region\'s path as a %s export writes it', (locale) => {
    const names = fileReference.localized(locale);
    const misread = [...fileReference.regions.keys()].flatMap((code) => {
      const path = names.regionPath(code).map((node) => node.name).join('/');
      const resolution = resolveRegion(fileReference, path);
      return 'code' in resolution && resolution.code === code ? [] : [{ path, resolution }];
    });
    expect(misread).toEqual([]);
  });

  it('asks for the path when a name is shared', () => {
    const result = resolveRegion(fileReference, '朝阳区');
    expect(result).toMatchObject({ error: 'ambiguous' });
    expect('codes' in result && result.codes).toContain('110105');
    expect(resolveRegion(fileReference, 'Chaoyang District')).toMatchObject({ error: 'ambiguous' });
    expect(resolveRegion(fileReference, '河北')).toMatchObject({ error: 'ambiguous' });
  });

  it.each(['火星区', '999999', '370299'])('knows no %s', (text) => {
    expect(resolveRegion(fileReference, text)).toEqual({ error: 'unknown' });
  });

  it('covers the cities of 山东 and 广东 and the districts of 青岛 and 深圳', () => {
    const children = (code: string) => fileReference.regionTree.flatMap(function walk(n): typeof n[] {
      return n.code === code ? n.children : n.children.flatMap(walk);
    });
    expect(children('370000')).toHaveLength(16);
    expect(children('440000')).toHaveLength(21);
    expect(children('370200').map((n) => n.name)).toEqual(
      ['市南区', '市北区', '黄岛区', '崂山区', '李沧区', '城阳区', '即墨区', '高新区', '胶州市', '平度市', '莱西市'],
    );
    expect(children('440300')).toHaveLength(9);
    expect(fileReference.regionTree).toHaveLength(34);
  });
});

describe('regionPrefix', () => {
  it.each([
    ['370000', '37'],
    ['370200', '3702'],
    ['370212', '370212'],
    ['110000', '11'],
  ])('%s → %s', (code, prefix) => {
    expect(regionPrefix(code)).toBe(prefix);
  });
});
