import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDemands, readJudgements, readListings } from './records.ts';

const directory = mkdtempSync(join(tmpdir(), 'qiao-records-'));
function file(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

const LISTING = { id: 'L1', title: '标题', summary: '摘要', field: '新材料', keywords: ['k'], maturity: '量产', modes: ['许可'], price_wan: null, owner: 'o', region: '北京' };

describe('reading JSON Lines', () => {
  it('reads listings, mapping fields and accepting Traditional enumerations and absent optional fields', async () => {
    const path = file('ok.jsonl', `${JSON.stringify(LISTING)}\n\n${JSON.stringify({ id: 'L2', title: 't', summary: 's', maturity: '量產', modes: ['轉讓'] })}\n`);
    const listings = await readListings(path);
    expect(listings).toHaveLength(2);
    expect(listings[0]).toMatchObject({ id: 'L1', priceWan: null, keywords: ['k'] });
    expect(listings[1]).toMatchObject({ id: 'L2', maturity: '量产', modes: ['转让'], field: null, keywords: [], region: null });
  });

  it.each([
    ['bad.jsonl', `${JSON.stringify(LISTING)}\n{"id": "L2", "title": }\n`, /bad\.jsonl:2: not valid JSON/],
    ['missing.jsonl', `${JSON.stringify(LISTING)}\n${JSON.stringify({ id: 'L2', summary: 's' })}\n`, /missing\.jsonl:2: missing field "title"$/],
    ['type.jsonl', JSON.stringify({ ...LISTING, price_wan: '面议' }), /type\.jsonl:1: field "price_wan": expected number, received string$/],
    ['enum.jsonl', JSON.stringify({ ...LISTING, maturity: '成熟' }), /enum\.jsonl:1: field "maturity": /],
    ['array.jsonl', '[1, 2]\n', /array\.jsonl:1: each line must be a JSON object$/],
    ['empty.jsonl', '\n \n', /empty\.jsonl: the file is empty/],
    ['twice.jsonl', `${JSON.stringify(LISTING)}\n${JSON.stringify(LISTING)}\n`, /twice\.jsonl:2: duplicate id "L1" \(first on line 1\)/],
  ])('rejects %s with the line number', async (name, content, message) => {
    await expect(readListings(file(name, content))).rejects.toThrow(message);
  });

  it('names a file that cannot be read', async () => {
    await expect(readListings(join(directory, 'nowhere.jsonl'))).rejects.toThrow(/nowhere\.jsonl: cannot read the file \(no such file\)/);
  });

  it('reads demands and judgements', async () => {
    const demands = await readDemands(
      file('d.jsonl', JSON.stringify({ id: 'D1', kind: 'capital', title: 't', description: 'd', field: null, budget_wan: 500, maturity_needed: '中試', region: '香港' })),
    );
    expect(demands[0]).toMatchObject({ kind: 'capital', budgetWan: 500, maturityNeeded: '中试' });
    expect(demands[0]?.modes).toBeUndefined();
    await expect(readJudgements(file('q.jsonl', JSON.stringify({ demand: 'D1', listing: 'L1', grade: 4 })))).rejects.toThrow(/q\.jsonl:1: field "grade"/);
  });
});
