import type { SizeClass } from './schema.ts';

/**
 * The spreadsheet columns of the import template, in order. Exports use the same names (plus a few read-only
 * columns), so an exported list can be edited and imported elsewhere.
 */
export const columns = {
  name: '企业名称',
  creditCode: '统一社会信用代码',
  formerNames: '曾用名',
  industryCode: '行业代码',
  region: '所在地区',
  address: '地址',
  registeredCapitalWan: '注册资本(万元)',
  foundedOn: '成立日期',
  sizeClass: '企业规模',
  contactName: '联系人',
  contactPhone: '联系电话',
  contactEmail: '联系邮箱',
  tags: '标签',
} as const;

export type ColumnKey = keyof typeof columns;

export const sizeClassNames: Record<SizeClass, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型' };

/** How several names share one cell: 高新技术企业、专精特新. */
export const listSeparator = '、';
