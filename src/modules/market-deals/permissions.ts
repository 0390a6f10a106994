import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with introductions and deals; which ones is deal-policy.ts's part. */
export const marketDealPermissions = definePermissions({
  /** Ask for an introduction to a published listing, for one's own organisation. */
  'introduction.request': ['enterprise', 'investor'],
  /** The introductions and deals one's organisation is a party to (deciding, moving, writing); brokers all of them. */
  'deal.read': ['admin', 'operator', 'enterprise', 'investor'],
  /** The operator's brokering: every introduction and deal, proposing introductions, moving any deal. */
  'deal.broker': ['admin', 'operator'],
});
