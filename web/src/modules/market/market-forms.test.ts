import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Demand, Listing } from './api.ts';
import { demandFormValues, emptyDemandForm, toDemandChanges, toNewDemandBody, type DemandFormValues } from './demand-form.ts';
import { emptyListingForm, listingFormValues, toListingBody, type ListingFormValues } from './listing-form.ts';
import { toContacts, toKeywords } from './record-form.ts';

const listing: Listing = {
  id: '00000000-0000-4000-8000-000000000001',
  owner: { id: '00000000-0000-4000-8000-0000000000aa', name: '青岛海洋科技有限公司' },
  title: '海水淡化膜',
  summary: '低能耗反渗透膜',
  contacts: [{ name: '王工', phone: '0532-1234567', email: null }],
  state: 'draft',
  rejectionReason: null,
  submittedAt: null,
  expiresAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  allowedActions: ['submit'],
  details: '',
  field: { id: '00000000-0000-4000-8000-0000000000f1', name: '海洋科技' },
  keywords: ['反渗透'],
  maturity: '中试',
  trl: 6,
  patents: [{ number: 'ZL202010000000.1', type: 'invention', status: 'granted' }],
  modes: ['许可'],
  priceWan: 120,
};

describe('listing form ↔ API body', () => {
  it('sends 面议 as a null price, whatever amount is still typed', () => {
    const values: ListingFormValues = { ...emptyListingForm, title: 't', summary: 's', priceNegotiable: true, priceWan: 80 };
    expect(toListingBody(values, { includeOwner: false }).priceWan).toBeNull();
  });

  it('sends the amount when a price is asked', () => {
    const values: ListingFormValues = { ...emptyListingForm, title: 't', summary: 's', priceNegotiable: false, priceWan: 80.5 };
    expect(toListingBody(values, { includeOwner: false }).priceWan).toBe(80.5);
  });

  it('reads a null price back as 面议 and an amount as an amount', () => {
    expect(listingFormValues({ ...listing, priceWan: null })).toMatchObject({ priceNegotiable: true, priceWan: null });
    expect(listingFormValues(listing)).toMatchObject({ priceNegotiable: false, priceWan: 120 });
  });

  it('round-trips a saved listing to the same body', () => {
    const body = toListingBody(listingFormValues(listing), { includeOwner: false });
    expect(body).toEqual({
      title: listing.title,
      summary: listing.summary,
      details: '',
      fieldId: listing.field!.id,
      keywords: listing.keywords,
      maturity: '中试',
      trl: 6,
      patents: listing.patents,
      modes: ['许可'],
      priceWan: 120,
      contacts: [{ name: '王工', phone: '0532-1234567', email: null }],
    });
  });

  it('names the owner only when asked (reviewers creating for an organisation), and trims text', () => {
    const values: ListingFormValues = { ...emptyListingForm, ownerId: listing.owner.id, title: '  膜  ', summary: ' s ', details: '  ' };
    expect(toListingBody(values, { includeOwner: true })).toMatchObject({ ownerId: listing.owner.id, title: '膜', summary: 's', details: '' });
    expect(toListingBody(values, { includeOwner: false })).not.toHaveProperty('ownerId');
  });

  it('clears what the user emptied: no field, maturity or TRL is null, half-filled patent rows are left out', () => {
    const values: ListingFormValues = { ...emptyListingForm, title: 't', summary: 's', fieldId: undefined, maturity: undefined, trl: undefined, patents: [{ number: ' ', type: 'design', status: 'pending' }, { number: 'ZL1', type: 'design', status: 'pending' }] };
    expect(toListingBody(values, { includeOwner: false })).toMatchObject({ fieldId: null, maturity: null, trl: null, patents: [{ number: 'ZL1', type: 'design', status: 'pending' }] });
  });
});

describe('keywords and contacts', () => {
  it.each([
    [['储能', ' 储能 ', ''], ['储能']],
    [['AI', 'ai', '电池'], ['AI', '电池']],
    [undefined, []],
  ])('keywords %j become %j', (input, expected) => {
    expect(toKeywords(input)).toEqual(expected);
  });

  it('drops contact rows without a name and sends blank phone and e-mail as none', () => {
    expect(toContacts([{ name: ' 李 ', phone: ' ', email: 'li@example.cn' }, { name: '', phone: '1' }])).toEqual([{ name: '李', phone: null, email: 'li@example.cn' }]);
  });
});

const demand: Demand = {
  id: '00000000-0000-4000-8000-000000000002',
  owner: listing.owner,
  title: '提高良品率',
  summary: '注塑件缩痕',
  contacts: [],
  state: 'draft',
  rejectionReason: '请补充指标',
  submittedAt: '2026-01-02T03:00:00.000Z',
  expiresAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  allowedActions: ['submit'],
  kind: 'technology',
  confidentialDetails: '现有工艺参数',
  fields: [{ id: '00000000-0000-4000-8000-0000000000f2', name: '新材料' }],
  targets: '良品率 98%',
  budgetWan: 50,
  deadline: '2026-12-31',
  maturityNeeded: '量产',
  ipOwnership: 'demander',
  stages: [],
  ticketMinWan: null,
  ticketMaxWan: null,
  modes: ['合作开发'],
};

describe('demand form ↔ API body', () => {
  it('sends a technology demand its own part: one field, the deadline as a date', () => {
    const values: DemandFormValues = { ...emptyDemandForm('technology'), title: 't', summary: 's', fieldId: 'f', deadline: dayjs('2027-03-01'), budgetWan: 30, fieldIds: ['x', 'y'], stages: ['小试'] };
    const body = toNewDemandBody(values, { includeOwner: false });
    expect(body).toMatchObject({ kind: 'technology', fieldIds: ['f'], deadline: '2027-03-01', budgetWan: 30 });
    expect(body).not.toHaveProperty('stages');
    expect(body).not.toHaveProperty('ticketMinWan');
  });

  it('sends a technology demand without a known field as no field', () => {
    expect(toNewDemandBody({ ...emptyDemandForm('technology'), title: 't', summary: 's' }, { includeOwner: false }).fieldIds).toEqual([]);
  });

  it('sends a capital demand its fields, stages and ticket, and nothing of a technology demand', () => {
    const values: DemandFormValues = { ...emptyDemandForm('capital'), title: 't', summary: 's', fieldIds: ['a', 'b'], stages: ['中试'], ticketMinWan: 100, ticketMaxWan: undefined, budgetWan: 5 };
    const body = toNewDemandBody(values, { includeOwner: false });
    expect(body).toMatchObject({ kind: 'capital', fieldIds: ['a', 'b'], stages: ['中试'], ticketMinWan: 100, ticketMaxWan: null });
    expect(body).not.toHaveProperty('budgetWan');
    expect(body).not.toHaveProperty('targets');
  });

  it('keeps public and confidential text apart', () => {
    const body = toDemandChanges({ ...emptyDemandForm('technology'), title: 't', summary: '公开', confidentialDetails: ' 保密 ' });
    expect(body).toMatchObject({ summary: '公开', confidentialDetails: '保密' });
  });

  it('round-trips a saved technology demand', () => {
    const body = toDemandChanges(demandFormValues(demand));
    expect(body).toEqual({
      title: demand.title,
      summary: demand.summary,
      confidentialDetails: '现有工艺参数',
      contacts: [],
      targets: '良品率 98%',
      fieldIds: [demand.fields[0]!.id],
      budgetWan: 50,
      deadline: '2026-12-31',
      maturityNeeded: '量产',
      ipOwnership: 'demander',
      modes: ['合作开发'],
    });
  });
});
