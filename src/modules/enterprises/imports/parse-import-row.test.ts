import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../platform/i18n/locale.ts';
import { fileReference } from '../../reference/test-reference.ts';
import type { InputContext } from '../check-enterprise-input.ts';
import { parseImportRow, type RowValues } from './parse-import-row.ts';

const tagId = '3f1c9a52-8e0b-4c61-9d7e-2a5b6c7d8e9f';
const context: InputContext = { reference: fileReference, tags: new Map([[tagId, { id: tagId, name: '专精特新' }]]) };

const parse = (values: RowValues, locale: Locale = 'zh-CN') => parseImportRow(values, context, locale);

describe('parseImportRow', () => {
  it('reads a full row into the fields the create form sends', () => {
    expect(
      parse({
        name: ' 青岛示例科技有限公司 ',
        creditCode: '91350100m000100y43',
        formerNames: '旧名甲；旧名乙',
        industryCode: '6513',
        region: '青岛市崂山区',
        address: '松岭路 169 号',
        registeredCapitalWan: '1,000万元',
        foundedOn: '2018/6/1',
        sizeClass: '小型企业',
        kind: '高校',
        contactName: '张三',
        contactPhone: '0532-8888 0000',
        contactEmail: 'zhangsan@example.com',
        tags: '專精特新',
      }),
    ).toEqual({
      errors: [],
      input: {
        name: '青岛示例科技有限公司',
        creditCode: '91350100M000100Y43',
        formerNames: ['旧名甲', '旧名乙'],
        industryCode: 'I6513',
        regionCode: '370212',
        address: '松岭路 169 号',
        registeredCapitalWan: 1000,
        foundedOn: '2018-06-01',
        sizeClass: 'small',
        kind: 'university',
        contacts: [{ name: '张三', phone: '0532-8888 0000', email: 'zhangsan@example.com', isPrimary: true }],
        tagIds: [tagId],
      },
    });
  });

  it('needs only a name', () => {
    expect(parse({ name: '只有名字' })).toEqual({ errors: [], input: { name: '只有名字' } });
  });

  it.each([
    [{ name: '' }, ['企业名称：必填']],
    [{ name: 'x'.repeat(201) }, ['企业名称：不能超过 200 个字符']],
    [{ name: 'a', creditCode: '91350100M000100Y4' }, ['统一社会信用代码：应为 18 位']],
    [{ name: 'a', creditCode: '91350100M000100Y44' }, ['统一社会信用代码：无效，请逐位核对']],
    [{ name: 'a', industryCode: 'Z99' }, ['行业代码：不在国民经济行业分类（GB/T 4754）中']],
    [{ name: 'a', region: '朝阳区' }, ['所在地区：有多处同名，请写完整，如 山东省/青岛市/崂山区']],
    [{ name: 'a', region: '火星' }, ['所在地区：不在行政区划表中']],
    [{ name: 'a', registeredCapitalWan: '-5' }, ['注册资本(万元)：应在 0 到 1 万亿万元之间']],
    [{ name: 'a', foundedOn: '2023-02-29' }, ['成立日期：日期格式应为 YYYY-MM-DD 或 YYYY/M/D']],
    [{ name: 'a', sizeClass: '超大' }, ['企业规模：应为 大型、中型、小型 或 微型']],
    [{ name: 'a', kind: '集团公司' }, ['机构类型：应为 企业、高校、科研院所、投资机构、孵化器 或 其他']],
    [{ name: 'a', contactEmail: 'a@b.c' }, ['联系人：填写了电话或邮箱时必填']],
    [{ name: 'a', contactName: '张三', contactEmail: 'not-an-email' }, ['联系邮箱：格式不正确']],
    [{ name: 'a', tags: '专精特新、无此标签' }, ['标签：「无此标签」不存在']],
  ])('%j → %j', (values, errors) => {
    const parsed = parse(values);
    expect(parsed.errors).toEqual(errors);
    expect(parsed.input).toBeNull();
  });

  const everythingWrong = {
    name: '',
    creditCode: '91350100M000100Y44',
    industryCode: 'Z99',
    region: '火星',
    registeredCapitalWan: '很多',
    foundedOn: '去年',
    sizeClass: '巨型',
    kind: '工会',
    contactEmail: 'a@b.c',
    tags: '无此标签',
  };

  it('reports every error of a row, the reference checks beside the schema\'s', () => {
    expect(parse(everythingWrong).errors).toEqual([
      '所在地区：不在行政区划表中',
      '注册资本(万元)：应为数字',
      '成立日期：日期格式应为 YYYY-MM-DD 或 YYYY/M/D',
      '企业规模：应为 大型、中型、小型 或 微型',
      '机构类型：应为 企业、高校、科研院所、投资机构、孵化器 或 其他',
      '联系人：填写了电话或邮箱时必填',
      '标签：「无此标签」不存在',
      '企业名称：必填',
      '统一社会信用代码：无效，请逐位核对',
      '行业代码：不在国民经济行业分类（GB/T 4754）中',
    ]);
  });

  it.each([
    [
      'en',
      [
        'Region: Not in the table of administrative divisions',
        'Registered capital (10,000 CNY): Must be a number',
        'Founding date: Dates are written YYYY-MM-DD or YYYY/M/D',
        'Size: Must be large, medium, small or micro',
        'Organisation kind: Must be Company, University, Research institute, Investor, Incubator or Other',
        'Contact: Required when a phone or email is given',
        'Tags: "无此标签" does not exist',
        'Enterprise name: Required',
        'Unified social credit code: Not valid; check it character by character',
        'Industry code: Not in the industrial classification (GB/T 4754)',
      ],
    ],
    [
      'zh-TW',
      [
        '所在地區：不在行政區劃表中',
        '註冊資本(萬元)：應為數字',
        '成立日期：日期格式應為 YYYY-MM-DD 或 YYYY/M/D',
        '企業規模：應為 大型、中型、小型 或 微型',
        '機構類型：應為 企業、高校、科研院所、投資機構、孵化器 或 其他',
        '聯絡人：填寫了電話或郵箱時必填',
        '標籤：「无此标签」不存在',
        '企業名稱：必填',
        '統一社會信用代碼：無效，請逐位核對',
        '行業代碼：不在國民經濟行業分類（GB/T 4754）中',
      ],
    ],
  ] as const)('words every part of an error in the uploader\'s language: %s', (locale, errors) => {
    expect(parse(everythingWrong, locale).errors).toEqual(errors);
  });

  it.each([
    ['大型', 'large'],
    ['中型企业', 'medium'],
    ['小', 'small'],
    ['微型企業', 'micro'],
    ['Large', 'large'],
    ['MEDIUM', 'medium'],
    ['small enterprise', 'small'],
    ['micro', 'micro'],
  ])('reads the size class %s, whichever language the sheet is in', (sizeClass, expected) => {
    expect(parse({ name: 'a', sizeClass })).toMatchObject({ errors: [], input: { sizeClass: expected } });
  });

  it.each([
    ['企业', 'company'],
    ['企業', 'company'],
    ['Company', 'company'],
    ['高校', 'university'],
    ['UNIVERSITY', 'university'],
    ['科研院所', 'institute'],
    ['Research institute', 'institute'],
    ['投资机构', 'investor'],
    ['投資機構', 'investor'],
    ['investor', 'investor'],
    ['孵化器', 'incubator'],
    ['Incubator', 'incubator'],
    ['其他', 'other'],
    ['Other', 'other'],
  ])('reads the organisation kind %s, whichever language the sheet is in', (kind, expected) => {
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) expect(parse({ name: 'a', kind }, locale)).toMatchObject({ errors: [], input: { kind: expected } });
  });

  it('leaves an empty kind to the default, a company', () => {
    expect(parse({ name: 'a', kind: '  ' })).toEqual({ errors: [], input: { name: 'a' } });
  });

  it.each([
    ['山東省/青島市/嶗山區', '370212'],
    ['Shandong/Qingdao/Laoshan District', '370212'],
    ['Laoshan', '370212'],
  ])('reads the region %s in Traditional or English too', (region, regionCode) => {
    expect(parse({ name: 'a', region }, 'en')).toMatchObject({ errors: [], input: { regionCode } });
  });
});
