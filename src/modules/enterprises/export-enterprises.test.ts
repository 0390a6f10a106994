import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';
import { postImport } from './imports/test-upload.ts';
import { excelDate, excelDateTime } from './xlsx-download.ts';

const { app, signIn } = await createTestApp();
const admin = await signIn(['admin']);

describe('excelDateTime', () => {
  it.each([
    ['2026-01-01T20:30:15.000Z', '2026-01-02T04:30:15.000Z'],
    ['2026-06-30T15:59:59.999Z', '2026-06-30T23:59:59.000Z'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01T00:00:00.000Z'],
  ])('shows %s as Beijing reads it: %s', (instant, wallClock) => {
    expect(excelDateTime(new Date(instant)).toISOString()).toBe(wallClock);
  });
});

describe('exporting enterprises', () => {
  it('writes dates and times as Excel dates in Beijing time, which an import reads back', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/enterprises',
      headers: admin.headers,
      payload: { name: '导出日期测试有限公司', foundedOn: '2018-06-01' },
    });
    expect(created.statusCode).toBe(201);
    const updatedAt = new Date(created.json().updatedAt);

    const response = await app.inject({ method: 'GET', url: '/api/enterprises/export?q=导出日期测试', headers: admin.headers });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const founded = sheet.getRow(2).getCell(header.indexOf('成立日期') + 1);
    const updated = sheet.getRow(2).getCell(header.indexOf('更新时间') + 1);
    expect(founded.type).toBe(ExcelJS.ValueType.Date);
    expect(founded.value).toEqual(excelDate('2018-06-01'));
    expect(founded.numFmt).toBe('yyyy-mm-dd');
    expect(updated.type).toBe(ExcelJS.ValueType.Date);
    expect(updated.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    // Beijing is 8 hours ahead of UTC; Excel keeps whole seconds.
    expect((updated.value as Date).getTime()).toBe(Math.floor(updatedAt.getTime() / 1000) * 1000 + 8 * 3600_000);

    const reimported = await postImport(app, admin.headers, 'export.xlsx', response.rawPayload);
    expect(reimported.json().preview[0].values['成立日期']).toBe('2018-06-01');
  });
});
