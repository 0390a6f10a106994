import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/results.tsx';
import { PANEL_TOP, useListingsForDemand, type ListingMatch } from './api.ts';
import { WanAmount } from './display.tsx';
import { MatchList } from './MatchList.tsx';

/** The demand detail page's panel: the published listings that best answer the demand, each with why. */
export function ListingsForDemand({ demandId, top = PANEL_TOP }: { demandId: string; top?: number }) {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useListingsForDemand(demandId, top);
  return (
    <Card title={t('marketMatching.listingsForDemand.title')} size="small">
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <MatchList<ListingMatch>
          items={data?.items}
          loading={isPending}
          pathOf={(item) => `/market/listings/${item.id}`}
          extra={(item) => <WanAmount value={item.priceWan} />}
          empty={t('marketMatching.listingsForDemand.empty')}
        />
      )}
    </Card>
  );
}
