import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';

const { app, signIn } = await createTestApp();
const officer = await signIn(['officer']);

const created = await app.inject({
  method: 'POST',
  url: '/api/enterprises',
  headers: { ...officer.headers, 'accept-language': 'en' },
  payload: { name: '青岛语言测试科技有限公司', industryCode: 'I6513', regionCode: '370212' },
});

const request = (url: string, language: string) =>
  app.inject({ method: 'GET', url, headers: { ...officer.headers, 'accept-language': language } });

describe('reference names in the reader\'s language', () => {
  it('names the industry and region of a record in English, Traditional or Simplified, and its own name as typed', async () => {
    expect(created.statusCode).toBe(201);
    expect(created.json().regionPath.map((p: { name: string }) => p.name)).toEqual(['Shandong', 'Qingdao', 'Laoshan District']);
    const id = created.json().id as string;
    const english = (await request(`/api/enterprises/${id}`, 'en')).json();
    expect(english).toMatchObject({ name: '青岛语言测试科技有限公司', industryCode: 'I6513' });
    expect(english.industryPath[0].name).toBe('Information Transmission, Software and Information Technology Services');
    const traditional = (await request(`/api/enterprises/${id}`, 'zh-TW')).json();
    expect(traditional.regionPath.map((p: { name: string }) => p.name)).toEqual(['山東省', '青島市', '嶗山區']);
    expect(traditional.industryName).toBe('應用軟件開發');
    const simplified = (await request(`/api/enterprises/${id}`, 'zh-CN')).json();
    expect(simplified.industryName).toBe('应用软件开发');
  });

  it('names them in the list and in the quick search too', async () => {
    const [row] = (await request(`/api/enterprises?q=${encodeURIComponent('语言测试')}`, 'en')).json().items;
    // A class of the standard has no official English name: an English reader gets its Chinese one.
    expect(row).toMatchObject({ industryName: '应用软件开发', regionName: 'Shandong / Qingdao / Laoshan District' });
    const [group] = (await request(`/api/search?q=${encodeURIComponent('语言测试')}`, 'zh-TW')).json().groups;
    expect(group.hits[0].subtitle).toBe('山東省 / 青島市 / 嶗山區');
  });
});
