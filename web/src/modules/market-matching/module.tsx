import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const MyDemandMatchesCard = lazy(() => import('./MyDemandMatchesCard.tsx').then((m) => ({ default: m.MyDemandMatchesCard })));

/**
 * Matching in the technology market. Its panels (ListingsForDemand, DemandsForListing, LiveMatchPreview) are
 * placed by the market's pages; the module itself adds the home card of those who write demands.
 */
export const marketMatchingWebModule = defineWebModule({
  name: 'market-matching',
  homeCards: [{ key: 'my-demand-matches', permission: 'demand.write', hiddenFrom: 'demand.review', card: MyDemandMatchesCard }],
});
