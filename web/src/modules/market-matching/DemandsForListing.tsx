import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../components/results.tsx';
import { PANEL_TOP, useDemandsForListing, type DemandMatch } from './api.ts';
import { MatchList } from './MatchList.tsx';

/** The listing detail page's panel: the published technology and capital demands the listing best answers. */
export function DemandsForListing({ listingId, top = PANEL_TOP }: { listingId: string; top?: number }) {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useDemandsForListing(listingId, top);
  return (
    <Card title={t('marketMatching.demandsForListing.title')} size="small">
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <MatchList<DemandMatch>
          items={data?.items}
          loading={isPending}
          pathOf={(item) => `/market/demands/${item.id}`}
          extra={(item) => <Tag color={item.kind === 'capital' ? 'gold' : 'green'}>{t(`marketMatching.kinds.${item.kind}`)}</Tag>}
          empty={t('marketMatching.demandsForListing.empty')}
        />
      )}
    </Card>
  );
}
