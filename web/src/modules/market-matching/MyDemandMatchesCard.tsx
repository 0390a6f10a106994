import { Card, Collapse, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useListingsForDemand, useMyOpenDemands, type ListingMatch } from './api.ts';
import { WanAmount } from './display.tsx';
import { MatchList } from './MatchList.tsx';

/** Matches shown per demand on the home page; the demand's page shows the rest. */
const CARD_TOP = 3;

function DemandMatches({ demandId }: { demandId: string }) {
  const { t } = useTranslation();
  const { data, isPending } = useListingsForDemand(demandId, CARD_TOP);
  return (
    <MatchList<ListingMatch>
      items={data?.items}
      loading={isPending}
      pathOf={(item) => `/market/listings/${item.id}`}
      extra={(item) => <WanAmount value={item.priceWan} />}
      empty={t('marketMatching.listingsForDemand.empty')}
    />
  );
}

/** The home card of an enterprise or investor user: the best listings for each of their open demands. */
export function MyDemandMatchesCard() {
  const { t } = useTranslation();
  const me = useMe();
  const { data, isPending } = useMyOpenDemands(me.enterpriseId);
  const demands = data?.items ?? [];
  // Staff write demands for others; their home has the operator's cards instead.
  if (me.enterpriseId === null) return null;
  return (
    <Card title={t('marketMatching.home.title')}>
      {isPending ? (
        <Skeleton active />
      ) : demands.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('marketMatching.home.none')} />
      ) : (
        <Collapse
          defaultActiveKey={demands[0]?.id}
          items={demands.map((demand) => ({
            key: demand.id,
            label: demand.title,
            extra: <Link to={`/market/demands/${demand.id}`}>{t('marketMatching.home.open')}</Link>,
            children: <DemandMatches demandId={demand.id} />,
          }))}
        />
      )}
    </Card>
  );
}
