import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe, type Me } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RecordBrowser } from './RecordBrowser.tsx';

/** Whether the user may create records of the kind: an organisation's users for it, reviewers for anyone. */
function mayCreate(me: Me, kind: 'listing' | 'demand'): boolean {
  return can(me, `${kind}.write`) && (Boolean(me.enterpriseId) || can(me, `${kind}.review`));
}

function NewListingButton() {
  const { t } = useTranslation();
  return mayCreate(useMe(), 'listing') ? (
    <Link to="/market/listings/new">
      <Button type="primary" icon={<PlusOutlined />}>
        {t('market.listings.new')}
      </Button>
    </Link>
  ) : null;
}

function NewDemandButtons() {
  const { t } = useTranslation();
  if (!mayCreate(useMe(), 'demand')) return null;
  return (
    <Flex wrap gap={8}>
      <Link to="/market/demands/new?kind=technology">
        <Button type="primary" icon={<PlusOutlined />}>
          {t('market.demands.newTechnology')}
        </Button>
      </Link>
      <Link to="/market/demands/new?kind=capital">
        <Button icon={<PlusOutlined />}>{t('market.demands.newCapital')}</Button>
      </Link>
    </Flex>
  );
}

/** 技术成果: the published listings, searched in either script and filtered by field. */
export function ListingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('market.listings.title')} extra={<NewListingButton />} />
      <RecordBrowser kind="listing" scope="published" emptyText={t('market.listings.empty')} />
    </>
  );
}

/** 技术需求: the published technology and capital demands. */
export function DemandsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('market.demands.title')} extra={<NewDemandButtons />} />
      <RecordBrowser kind="demand" scope="published" emptyText={t('market.demands.empty')} />
    </>
  );
}

/**
 * 我的成果与需求: the organisation's listings and demands in every state, drafts and rejections included; for
 * reviewers without an organisation, every record in every state.
 */
export function MinePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'demands' ? 'demands' : 'listings';
  const reviewerView = !me.enterpriseId && can(me, 'listing.review');
  return (
    <>
      <PageHeader title={reviewerView ? t('market.mine.reviewerTitle') : t('market.mine.title')} extra={tab === 'listings' ? <NewListingButton /> : <NewDemandButtons />} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'demands' ? { tab: key } : {}, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'listings', label: t('market.mine.listings'), children: <RecordBrowser kind="listing" scope="mine" emptyText={t('market.mine.emptyListings')} /> },
          { key: 'demands', label: t('market.mine.demands'), children: <RecordBrowser kind="demand" scope="mine" emptyText={t('market.mine.emptyDemands')} /> },
        ]}
      />
    </>
  );
}
