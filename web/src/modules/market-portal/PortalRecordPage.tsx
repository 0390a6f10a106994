import { ArrowLeftOutlined, LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../app/api.ts';
import { ErrorResult } from '../../components/results.tsx';
import { formatDate } from '../../components/format.ts';
import { usePortalDemand, usePortalListing, type PortalKind } from './api.ts';
import { formatWan, valueLabel } from './labels.ts';
import { PortalFrame } from './PortalFrame.tsx';

/** One published record: its words, its terms as a list, and the way to ask for an introduction once signed in. */
function RecordView({ kind, query, render }: { kind: PortalKind; query: { isPending: boolean; error: unknown; refetch: () => unknown }; render: () => ReactNode }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Signed in, the reader lands on the record's page in the app, where an introduction is asked for.
  const inApp = `/market/${kind}/${id}`;
  let body: ReactNode;
  if (query.error instanceof ApiProblem && (query.error.status === 404 || query.error.status === 400)) body = <Result status="404" title={t('portal.notFound')} />;
  else if (query.error) body = <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.isPending) body = <Skeleton active />;
  else
    body = (
      <>
        {render()}
        <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('portal.interestHint')} />
        <Link to={`/login?next=${encodeURIComponent(inApp)}`}>
          <Button type="primary" block size="large" icon={<LoginOutlined />} style={{ marginTop: 12 }}>
            {t('portal.interest')}
          </Button>
        </Link>
      </>
    );
  return (
    <PortalFrame signInNext={inApp}>
      <Link to={kind === 'listings' ? '/portal' : '/portal/demands'}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          {t('portal.back')}
        </Button>
      </Link>
      {body}
    </PortalFrame>
  );
}

function Heading({ title, owner, published, expires }: { title: string; owner: ReactNode; published: string; expires: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Space size={[4, 4]} wrap style={{ marginBottom: 12 }}>
        {owner}
        <Typography.Text type="secondary">{t('portal.published', { date: formatDate(published) })}</Typography.Text>
        {expires && <Typography.Text type="secondary">{t('portal.expires', { date: formatDate(expires) })}</Typography.Text>}
      </Space>
    </>
  );
}

export function PortalListingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = usePortalListing(id);
  const listing = query.data;
  return (
    <RecordView
      kind="listings"
      query={query}
      render={() =>
        listing && (
          <>
            <Heading title={listing.title} owner={<Tag color="blue">{`${listing.owner.name} · ${t(`portal.ownerKinds.${listing.owner.kind}`)}`}</Tag>} published={listing.publishedAt} expires={listing.expiresAt} />
            <Typography.Paragraph>{listing.summary}</Typography.Paragraph>
            <Descriptions column={1} size="small" bordered>
              {listing.field && <Descriptions.Item label={t('portal.fields.field')}>{listing.field.name}</Descriptions.Item>}
              {listing.maturity && (
                <Descriptions.Item label={t('portal.fields.maturity')}>
                  {valueLabel('maturities', listing.maturity)}
                  {listing.trl !== null && ` · TRL ${listing.trl}`}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('portal.fields.price')}>{formatWan(t, listing.priceWan)}</Descriptions.Item>
              {listing.modes.length > 0 && <Descriptions.Item label={t('portal.fields.modes')}>{listing.modes.map((mode) => valueLabel('modes', mode)).join(' / ')}</Descriptions.Item>}
              {listing.patents.length > 0 && (
                <Descriptions.Item label={t('portal.fields.patents')}>
                  {listing.patents.map((patent) => (
                    <div key={patent.number}>{`${t(`portal.patentTypes.${patent.type}`)} ${patent.number}（${t(`portal.patentStatuses.${patent.status}`)}）`}</div>
                  ))}
                </Descriptions.Item>
              )}
              {listing.keywords.length > 0 && (
                <Descriptions.Item label={t('portal.fields.keywords')}>
                  {listing.keywords.map((keyword) => (
                    <Tag key={keyword}>{keyword}</Tag>
                  ))}
                </Descriptions.Item>
              )}
            </Descriptions>
            {listing.details && (
              <>
                <Typography.Title level={5}>{t('portal.fields.details')}</Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{listing.details}</Typography.Paragraph>
              </>
            )}
          </>
        )
      }
    />
  );
}

export function PortalDemandPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = usePortalDemand(id);
  const demand = query.data;
  const capital = demand?.kind === 'capital';
  return (
    <RecordView
      kind="demands"
      query={query}
      render={() =>
        demand && (
          <>
            <Heading
              title={demand.title}
              owner={
                <>
                  <Tag color={capital ? 'purple' : 'green'}>{t(`portal.kinds.${demand.kind}`)}</Tag>
                  <Tag color="blue">{demand.owner.name}</Tag>
                </>
              }
              published={demand.publishedAt}
              expires={demand.expiresAt}
            />
            <Typography.Paragraph>{demand.summary}</Typography.Paragraph>
            <Descriptions column={1} size="small" bordered>
              {demand.fields.length > 0 && (
                <Descriptions.Item label={t(capital ? 'portal.fields.fieldsOfInterest' : 'portal.fields.field')}>{demand.fields.map((field) => field.name).join('、')}</Descriptions.Item>
              )}
              {demand.targets && <Descriptions.Item label={t('portal.fields.targets')}>{demand.targets}</Descriptions.Item>}
              {!capital && <Descriptions.Item label={t('portal.fields.budget')}>{formatWan(t, demand.budgetWan)}</Descriptions.Item>}
              {demand.deadline && <Descriptions.Item label={t('portal.fields.deadline')}>{formatDate(demand.deadline)}</Descriptions.Item>}
              {demand.maturityNeeded && <Descriptions.Item label={t('portal.fields.maturityNeeded')}>{valueLabel('maturities', demand.maturityNeeded)}</Descriptions.Item>}
              {demand.ipOwnership && <Descriptions.Item label={t('portal.fields.ipOwnership')}>{t(`portal.ipOwnerships.${demand.ipOwnership}`)}</Descriptions.Item>}
              {demand.stages.length > 0 && <Descriptions.Item label={t('portal.fields.stages')}>{demand.stages.map((stage) => valueLabel('maturities', stage)).join(' / ')}</Descriptions.Item>}
              {demand.ticketMinWan !== null && demand.ticketMaxWan !== null && (
                <Descriptions.Item label={t('portal.fields.ticket')}>{t('portal.wanRange', { min: demand.ticketMinWan.toLocaleString(), max: demand.ticketMaxWan.toLocaleString() })}</Descriptions.Item>
              )}
              {demand.modes.length > 0 && <Descriptions.Item label={t('portal.fields.modes')}>{demand.modes.map((mode) => valueLabel('modes', mode)).join(' / ')}</Descriptions.Item>}
            </Descriptions>
          </>
        )
      }
    />
  );
}
