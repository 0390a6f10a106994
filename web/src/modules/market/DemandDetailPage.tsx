import { LockOutlined } from '@ant-design/icons';
import { Card, Descriptions, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { useDemand, type Demand } from './api.ts';
import { useMarketLabels } from './display.tsx';
import { ContactsView, Prose, RecordPage } from './RecordParts.tsx';
import { ListingsForDemand } from '../market-matching/index.ts';

function DemandContent({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const labels = useMarketLabels();
  const none = t('market.values.none');
  const fields = demand.fields.length ? demand.fields.map((field) => field.name).join(t('common.listSeparator')) : none;
  return (
    <>
      <Card size="small">
        <Tag color={demand.kind === 'capital' ? 'purple' : 'cyan'} style={{ marginBottom: 8 }}>
          {t(`market.kinds.${demand.kind}`)}
        </Tag>
        <Prose>{demand.summary}</Prose>
      </Card>
      {demand.kind === 'technology' && demand.targets && (
        <Card size="small" title={t('market.fields.targets')}>
          <Prose>{demand.targets}</Prose>
        </Card>
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          {demand.kind === 'technology' ? (
            <>
              <Descriptions.Item label={t('market.fields.field')}>{fields}</Descriptions.Item>
              <Descriptions.Item label={t('market.fields.maturityNeeded')}>{demand.maturityNeeded ? labels.maturity(demand.maturityNeeded) : none}</Descriptions.Item>
              <Descriptions.Item label={t('market.fields.budget')}>{labels.amount(demand.budgetWan)}</Descriptions.Item>
              <Descriptions.Item label={t('market.fields.deadline')}>{formatDate(demand.deadline)}</Descriptions.Item>
              <Descriptions.Item label={t('market.fields.ipOwnership')}>{demand.ipOwnership ? t(`market.ipOwnership.${demand.ipOwnership}`) : none}</Descriptions.Item>
            </>
          ) : (
            <>
              <Descriptions.Item label={t('market.fields.investedFields')}>{fields}</Descriptions.Item>
              <Descriptions.Item label={t('market.fields.stages')}>
                {demand.stages.length ? demand.stages.map(labels.maturity).join(t('common.listSeparator')) : none}
              </Descriptions.Item>
              <Descriptions.Item label={t('market.fields.ticket')}>{labels.ticket(demand.ticketMinWan, demand.ticketMaxWan)}</Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={t('market.fields.modes')}>{demand.modes.length ? labels.modes(demand.modes) : none}</Descriptions.Item>
          <Descriptions.Item label={t('market.fields.owner')}>{demand.owner.name}</Descriptions.Item>
          {demand.expiresAt && <Descriptions.Item label={t('market.fields.expiresAt')}>{formatDate(demand.expiresAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {/* The API sends the confidential details only to those who may read them; null means the section is not theirs. */}
      {demand.confidentialDetails !== null && (
        <Card
          size="small"
          style={{ borderColor: '#faad14' }}
          title={
            <>
              <LockOutlined /> {t('market.fields.confidentialDetails')}
            </>
          }
          extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('market.detail.confidentialNote')}</Typography.Text>}
        >
          {demand.confidentialDetails ? <Prose>{demand.confidentialDetails}</Prose> : <Typography.Text type="secondary">{none}</Typography.Text>}
        </Card>
      )}
      <Card size="small" title={t('market.fields.contacts')}>
        <ContactsView contacts={demand.contacts} />
      </Card>
    </>
  );
}

/** 需求表: one demand; its confidential section only when the server sends it. */
export function DemandDetailPage() {
  const { id = '' } = useParams();
  const { data, error, isPending, refetch } = useDemand(id);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending) return <Skeleton active />;
  return <RecordPage kind="demand" record={data} main={<DemandContent demand={data} />} matches={<ListingsForDemand demandId={data.id} />} />;
}
