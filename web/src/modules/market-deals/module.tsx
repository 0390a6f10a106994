import { ApartmentOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const IntroductionsPage = lazy(() => import('./IntroductionsPage.tsx').then((m) => ({ default: m.IntroductionsPage })));
const IntroductionPage = lazy(() => import('./IntroductionPage.tsx').then((m) => ({ default: m.IntroductionPage })));
const DealPage = lazy(() => import('./DealPage.tsx').then((m) => ({ default: m.DealPage })));
const BrokerQueueCard = lazy(() => import('./BrokerQueueCard.tsx').then((m) => ({ default: m.BrokerQueueCard })));
const ListingFunnelsCard = lazy(() => import('./ListingFunnelsCard.tsx').then((m) => ({ default: m.ListingFunnelsCard })));

/**
 * Introductions to the market's listings and the deals brokered from them: owners' inbox, operators' brokering; on
 * the home page the operator's queue and an owner's listings with their funnels.
 */
export const marketDealsWebModule = defineWebModule({
  name: 'market-deals',
  routes: [
    { path: 'market/introductions', page: IntroductionsPage, permission: 'deal.read' },
    { path: 'market/introductions/:id', page: IntroductionPage, permission: 'deal.read' },
    { path: 'market/deals/:id', page: DealPage, permission: 'deal.read' },
  ],
  navigation: [{ key: 'marketDeals', path: '/market/introductions', icon: <ApartmentOutlined />, permission: 'deal.read' }],
  homeCards: [
    { key: 'market-broker-queue', permission: 'deal.broker', card: BrokerQueueCard },
    { key: 'my-listing-funnels', permission: 'listing.write', hiddenFrom: 'listing.review', card: ListingFunnelsCard },
  ],
});
