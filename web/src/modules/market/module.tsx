import { AuditOutlined, BulbOutlined, ClusterOutlined, FileSearchOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { lazy, type ComponentType } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(() => load().then((m) => ({ default: m[name] })));

const ListingsPage = page(() => import('./BrowsePages.tsx'), 'ListingsPage');
const DemandsPage = page(() => import('./BrowsePages.tsx'), 'DemandsPage');
const MinePage = page(() => import('./BrowsePages.tsx'), 'MinePage');
const ListingFormPage = page(() => import('./ListingFormPage.tsx'), 'ListingFormPage');
const ListingDetailPage = page(() => import('./ListingDetailPage.tsx'), 'ListingDetailPage');
const DemandFormPage = page(() => import('./DemandFormPage.tsx'), 'DemandFormPage');
const DemandDetailPage = page(() => import('./DemandDetailPage.tsx'), 'DemandDetailPage');
const ReviewQueuePage = page(() => import('./ReviewQueuePage.tsx'), 'ReviewQueuePage');
const FieldsAdminPage = page(() => import('./FieldsAdminPage.tsx'), 'FieldsAdminPage');
const ReviewQueueCard = page(() => import('./HomeCards.tsx'), 'ReviewQueueCard');
const MyMarketCard = page(() => import('./HomeCards.tsx'), 'MyMarketCard');

/**
 * The technology market (技术交易市场): published listings and demands for everyone, an organisation's own records
 * in every state, the operators' review queue and the administrators' fields.
 */
export const marketWebModule = defineWebModule({
  name: 'market',
  routes: [
    { path: 'market/listings', page: ListingsPage, permission: 'listing.read' },
    { path: 'market/listings/new', page: ListingFormPage, permission: 'listing.write' },
    { path: 'market/listings/:id', page: ListingDetailPage, permission: 'listing.read' },
    { path: 'market/listings/:id/edit', page: ListingFormPage, permission: 'listing.write' },
    { path: 'market/demands', page: DemandsPage, permission: 'demand.read' },
    { path: 'market/demands/new', page: DemandFormPage, permission: 'demand.write' },
    { path: 'market/demands/:id', page: DemandDetailPage, permission: 'demand.read' },
    { path: 'market/demands/:id/edit', page: DemandFormPage, permission: 'demand.write' },
    { path: 'market/mine', page: MinePage, permission: 'listing.write' },
    { path: 'market/review', page: ReviewQueuePage, permission: 'listing.review' },
    { path: 'admin/market-fields', page: FieldsAdminPage, permission: 'marketField.admin' },
  ],
  navigation: [
    { key: 'marketListings', path: '/market/listings', icon: <BulbOutlined />, permission: 'listing.read' },
    { key: 'marketDemands', path: '/market/demands', icon: <FileSearchOutlined />, permission: 'demand.read' },
    { key: 'marketMine', path: '/market/mine', icon: <FolderOpenOutlined />, permission: 'listing.write' },
    { key: 'marketReview', path: '/market/review', icon: <AuditOutlined />, permission: 'listing.review' },
    { key: 'marketFields', path: '/admin/market-fields', icon: <ClusterOutlined />, permission: 'marketField.admin', group: 'administration' },
  ],
  homeCards: [
    { key: 'market-review-queue', permission: 'listing.review', card: ReviewQueueCard },
    { key: 'market-mine', permission: 'listing.write', hiddenFrom: 'listing.review', card: MyMarketCard },
  ],
});
