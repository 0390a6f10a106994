import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allowedActions, refusalOf } from './allowed-actions.ts';
import { defineWorkflow, type WorkflowActor } from './workflow.ts';

interface Listing {
  ownerId: string;
}

const isOwner = (actor: WorkflowActor, listing: Listing) => listing.ownerId === actor.id;

const listingWorkflow = defineWorkflow({
  name: 'test-listing',
  states: ['draft', 'submitted', 'published', 'rejected', 'withdrawn', 'expired'],
  initial: 'draft',
  transitions: {
    submit: { from: ['draft', 'rejected'], to: 'submitted', guard: isOwner },
    publish: { from: ['submitted'], to: 'published', permission: 'listing.review' },
    reject: { from: ['submitted'], to: 'rejected', permission: 'listing.review', evidence: z.object({ reason: z.string().min(1) }) },
    withdraw: {
      from: ['submitted', 'published'],
      to: 'withdrawn',
      guard: (actor, listing: Listing) => isOwner(actor, listing) || actor.permissions.includes('listing.review'),
    },
    expire: { from: ['published'], to: 'expired', permission: 'listing.expire' },
  },
});

const actor = (id: string, permissions: `${string}.${string}`[] = []): WorkflowActor => ({ id, name: id, permissions, enterpriseId: null });
const owner = actor('owner');
const reviewer = actor('reviewer', ['listing.review']);
const stranger = actor('stranger');
const expiryJob = actor('system', ['listing.expire']);
const listing: Listing = { ownerId: 'owner' };

describe('allowedActions', () => {
  it.each([
    { state: 'draft', who: 'the owner', actor: owner, expected: ['submit'] },
    { state: 'draft', who: 'a reviewer', actor: reviewer, expected: [] },
    { state: 'submitted', who: 'the owner', actor: owner, expected: ['withdraw'] },
    { state: 'submitted', who: 'a reviewer', actor: reviewer, expected: ['publish', 'reject', 'withdraw'] },
    { state: 'submitted', who: 'a stranger', actor: stranger, expected: [] },
    { state: 'rejected', who: 'the owner', actor: owner, expected: ['submit'] },
    { state: 'published', who: 'the owner', actor: owner, expected: ['withdraw'] },
    { state: 'published', who: 'the expiry job', actor: expiryJob, expected: ['expire'] },
    { state: 'withdrawn', who: 'a reviewer', actor: reviewer, expected: [] },
    { state: 'expired', who: 'the owner', actor: owner, expected: [] },
  ])('in $state, offers $who $expected', ({ state, actor, expected }) => {
    expect(allowedActions(listingWorkflow, actor, state, listing)).toEqual(expected);
  });
});

describe('refusalOf', () => {
  it.each([
    { action: 'publish', state: 'draft', actor: reviewer, expected: 'wrongState' },
    { action: 'publish', state: 'submitted', actor: owner, expected: 'notAllowed' },
    { action: 'submit', state: 'draft', actor: stranger, expected: 'notAllowed' },
    { action: 'submit', state: 'published', actor: stranger, expected: 'wrongState' },
    { action: 'submit', state: 'draft', actor: owner, expected: null },
  ] as const)('$action in $state by $actor.id: $expected', ({ action, state, actor, expected }) => {
    expect(refusalOf(listingWorkflow, actor, state, listing, action)).toBe(expected);
  });
});

describe('defineWorkflow', () => {
  it('refuses attachment fields its evidence does not have', () => {
    expect(() =>
      defineWorkflow({
        name: 'test-deal',
        states: ['negotiating', 'signed'],
        initial: 'negotiating',
        transitions: { sign: { from: ['negotiating'], to: 'signed', evidence: z.object({ amount: z.number() }), attachmentFields: ['contractFile'] } },
      }),
    ).toThrow(/sign names attachment fields its evidence lacks: contractFile/);
  });
});
