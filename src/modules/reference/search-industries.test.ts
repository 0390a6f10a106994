import { describe, expect, it } from 'vitest';
import { searchIndustries } from './search-industries.ts';
import { fileReference } from './test-reference.ts';

describe('the industry table', () => {
  it('holds the whole standard with section letters on every code', () => {
    expect(fileReference.industries.size).toBe(1971);
    expect(fileReference.industryTree).toHaveLength(20);
    expect(fileReference.industryPath('I6513').map((p) => `${p.code} ${p.name}`)).toEqual([
      'I 信息传输、软件和信息技术服务业',
      'I65 软件和信息技术服务业',
      'I651 软件开发',
      'I6513 应用软件开发',
    ]);
    expect(fileReference.resolveIndustryCode('6513')).toBe('I6513');
    expect(fileReference.resolveIndustryCode('c39')).toBe('C39');
    expect(fileReference.resolveIndustryCode('9999')).toBeNull();
  });
});

describe('searchIndustries', () => {
  it('puts an exact code first, then what begins with it', () => {
    const codes = searchIndustries(fileReference, 'C39').map((m) => m.code);
    expect(codes[0]).toBe('C39');
    expect(codes.slice(1).every((c) => c.startsWith('C39'))).toBe(true);
    expect(searchIndustries(fileReference, '3911')[0]?.code).toBe('C3911');
  });

  it('finds names and notes in either script, with their paths', () => {
    const [first] = searchIndustries(fileReference, '應用軟件');
    expect(first).toMatchObject({ code: 'I6513', name: '应用软件开发', level: 4 });
    expect(first?.path.map((p) => p.code)).toEqual(['I', 'I65', 'I651', 'I6513']);
    expect(searchIndustries(fileReference, '无人飞行器').map((m) => m.code)).toContain('C3963');
    expect(searchIndustries(fileReference, 'ERP').map((m) => m.code)).toContain('I6550');
  });

  it('returns at most the limit, and nothing for a blank query', () => {
    expect(searchIndustries(fileReference, '制造')).toHaveLength(50);
    expect(searchIndustries(fileReference, '  ')).toEqual([]);
  });
});
