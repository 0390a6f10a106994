import { Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { useListing, type Listing } from './api.ts';
import { useMarketLabels } from './display.tsx';
import { ContactsView, Prose, RecordPage } from './RecordParts.tsx';
import { ListingFunnel } from '../market-deals/ListingFunnel.tsx';
import { RequestIntroductionButton } from '../market-deals/RequestIntroductionButton.tsx';
import { DemandsForListing } from '../market-matching/index.ts';

function ListingContent({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const labels = useMarketLabels();
  const none = t('market.values.none');
  return (
    <>
      <Card size="small">
        <Prose>{listing.summary}</Prose>
        {listing.keywords.length > 0 && (
          <Flex wrap gap={4} style={{ marginTop: 12 }}>
            {listing.keywords.map((keyword) => (
              <Tag key={keyword}>{keyword}</Tag>
            ))}
          </Flex>
        )}
      </Card>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('market.fields.field')}>{listing.field?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('market.fields.maturity')}>
            {listing.maturity ? labels.maturity(listing.maturity) : none}
            {listing.trl !== null && ` · ${t('market.values.trl', { level: listing.trl })}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('market.fields.modes')}>{listing.modes.length ? labels.modes(listing.modes) : none}</Descriptions.Item>
          <Descriptions.Item label={t('market.fields.price')}>{labels.price(listing.priceWan)}</Descriptions.Item>
          <Descriptions.Item label={t('market.fields.owner')}>{listing.owner.name}</Descriptions.Item>
          {listing.expiresAt && <Descriptions.Item label={t('market.fields.expiresAt')}>{formatDate(listing.expiresAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {listing.details && (
        <Card size="small" title={t('market.fields.details')}>
          <Prose>{listing.details}</Prose>
        </Card>
      )}
      <Card size="small" title={t('market.fields.patents')}>
        {listing.patents.length === 0 ? (
          <Typography.Text type="secondary">{t('market.detail.noPatents')}</Typography.Text>
        ) : (
          <Flex vertical gap={4}>
            {listing.patents.map((patent) => (
              <Flex key={patent.number} wrap gap={8} align="center">
                <Typography.Text copyable>{patent.number}</Typography.Text>
                <Tag>{t(`market.patentTypes.${patent.type}`)}</Tag>
                <Tag color={patent.status === 'granted' ? 'green' : undefined}>{t(`market.patentStatuses.${patent.status}`)}</Tag>
              </Flex>
            ))}
          </Flex>
        )}
      </Card>
      <Card size="small" title={t('market.fields.contacts')}>
        <ContactsView contacts={listing.contacts} />
      </Card>
    </>
  );
}

/** 科技成果: one listing, everything its owner gave, with what may be done next. */
export function ListingDetailPage() {
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useListing(id);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending) return <Skeleton active />;
  return (
    <RecordPage
      kind="listing"
      record={data}
      main={<ListingContent listing={data} />}
      matches={
        <>
          <ListingFunnel listingId={data.id} ownerId={data.owner.id} />
          <DemandsForListing listingId={data.id} />
        </>
      }
      offer={data.state === 'published' && <RequestIntroductionButton listingId={data.id} listingOwnerId={data.owner.id} block />}
    />
  );
}
