import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useListingFunnel } from './api.ts';

const steps = ['views', 'matchedDemands', 'introductionRequests', 'accepted', 'signedDeals'] as const;

/**
 * On a listing's page, for its owner and the operators: what the market did for it, step by step, from views to
 * the contract amount of the deals signed (others never see it; the server answers them 404).
 */
export function ListingFunnel({ listingId, ownerId }: { listingId: string; ownerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const mayRead = me.enterpriseId === ownerId || can(me, 'listing.review');
  const { data, isPending } = useListingFunnel(listingId, mayRead);
  if (!mayRead) return null;
  return (
    <Card size="small" title={t('marketDeals.funnel.title')} loading={isPending}>
      <Row gutter={[12, 12]}>
        {steps.map((step) => (
          <Col key={step} xs={12} sm={8} md={4}>
            <Statistic title={t(`marketDeals.funnel.${step}`)} value={data?.[step] ?? 0} />
          </Col>
        ))}
        <Col xs={12} sm={8} md={4}>
          <Statistic title={t('marketDeals.funnel.contractAmountWan')} value={data?.contractAmountWan ?? 0} precision={2} />
        </Col>
      </Row>
    </Card>
  );
}
