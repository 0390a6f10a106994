import { FlagOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const KeyEnterprisesPage = lazy(() => import('./KeyEnterprisesPage.tsx').then((m) => ({ default: m.KeyEnterprisesPage })));
const EnterpriseLinksCard = lazy(() => import('./EnterpriseLinksCard.tsx').then((m) => ({ default: m.EnterpriseLinksCard })));
const MyKeyEnterprisesCard = lazy(() => import('./MyKeyEnterprisesCard.tsx').then((m) => ({ default: m.MyKeyEnterprisesCard })));

/** Key enterprises (挂点联系): the list, the links on an enterprise's page, and a linked person's home card. */
export const keyEnterprisesWebModule = defineWebModule({
  name: 'key-enterprises',
  routes: [{ path: 'key-enterprises', page: KeyEnterprisesPage, permission: 'keyEnterprise.read' }],
  navigation: [{ key: 'keyEnterprises', path: '/key-enterprises', icon: <FlagOutlined />, permission: 'keyEnterprise.read' }],
  homeCards: [{ key: 'my-key-enterprises', permission: 'keyEnterprise.linked', card: MyKeyEnterprisesCard }],
  enterpriseCards: [{ key: 'key-enterprise-links', permission: 'keyEnterprise.read', card: EnterpriseLinksCard }],
});
