import { LockOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deal } from './api.ts';

type Demand = NonNullable<Deal['demandRecord']>;

/** The demand an introduction or deal is about: its public summary, and its confidential details once released. */
export function DemandCard({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={`${t('marketDeals.demand')}：${demand.title}`}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{demand.summary}</Typography.Paragraph>
      {demand.confidentialDetails !== null ? (
        <>
          <Typography.Text strong>
            <LockOutlined /> {t('marketDeals.confidential')}
          </Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginBottom: 0 }}>{demand.confidentialDetails || '—'}</Typography.Paragraph>
        </>
      ) : (
        <Typography.Text type="secondary">
          <LockOutlined /> {t('marketDeals.confidentialHidden')}
        </Typography.Text>
      )}
    </Card>
  );
}
