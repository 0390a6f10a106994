import { Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { chinaToday, type TripReport } from './api.ts';

type OpenStep = TripReport['openNextSteps'][number];

/** Open next steps, each linking to its visit, with the enterprise, the owner (when asked) and the due date, red once overdue. */
export function OpenStepList({ steps, loading, empty, showOwner }: { steps: OpenStep[] | undefined; loading?: boolean; empty: string; showOwner?: boolean }) {
  const { t } = useTranslation();
  const today = chinaToday();
  return (
    <List
      size="small"
      loading={loading}
      dataSource={steps}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      renderItem={(step) => (
        <List.Item key={step.id} style={{ paddingInline: 0 }}>
          <List.Item.Meta
            title={<Link to={`/visits/${step.visitId}`}>{step.text}</Link>}
            description={
              <Typography.Text type={step.dueOn && step.dueOn < today ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                {[step.enterpriseName, showOwner ? step.ownerName : null, step.dueOn ? t('visits.steps.dueOn', { date: step.dueOn }) : null].filter(Boolean).join(' · ')}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  );
}
