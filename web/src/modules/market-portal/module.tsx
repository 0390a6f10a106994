import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const PortalListingsPage = lazy(() => import('./PortalSearchPage.tsx').then((m) => ({ default: m.PortalListingsPage })));
const PortalDemandsPage = lazy(() => import('./PortalSearchPage.tsx').then((m) => ({ default: m.PortalDemandsPage })));
const PortalListingPage = lazy(() => import('./PortalRecordPage.tsx').then((m) => ({ default: m.PortalListingPage })));
const PortalDemandPage = lazy(() => import('./PortalRecordPage.tsx').then((m) => ({ default: m.PortalDemandPage })));

/** The technology market's public portal: published listings and demands for anyone, without signing in. */
export const marketPortalWebModule = defineWebModule({
  name: 'market-portal',
  publicRoutes: [
    { path: 'portal', page: PortalListingsPage },
    { path: 'portal/demands', page: PortalDemandsPage },
    { path: 'portal/listings/:id', page: PortalListingPage },
    { path: 'portal/demands/:id', page: PortalDemandPage },
  ],
});
