import { describe, expect, it } from 'vitest';
import { diffRecords, formatAuditValue } from './audit-diff.ts';

const words = { empty: '—', yes: 'yes', no: 'no', separator: '、' };

describe('audit diff', () => {
  it('lists only the fields that changed, skipping bookkeeping', () => {
    const before = { id: 'x', name: '青岛甲', address: null, tags: [{ id: 't', name: '高新' }], updatedAt: '1' };
    const after = { id: 'x', name: '青岛乙', address: '', tags: [{ name: '高新', id: 't' }], updatedAt: '2' };
    expect(diffRecords(before, after)).toEqual([{ field: 'name', before: '青岛甲', after: '青岛乙' }]);
  });

  it('shows every filled field of a created record', () => {
    expect(diffRecords(null, { name: 'A', creditCode: null, disabled: false })).toEqual([
      { field: 'name', before: undefined, after: 'A' },
      { field: 'disabled', before: undefined, after: false },
    ]);
  });

  it('words values for people', () => {
    expect(formatAuditValue(null, words)).toBe('—');
    expect(formatAuditValue(true, words)).toBe('yes');
    expect(formatAuditValue([{ name: '高新' }, { name: '专精特新' }], words)).toBe('高新、专精特新');
    expect(formatAuditValue({ phone: '1380', email: '' }, words)).toBe('phone: 1380');
  });
});
