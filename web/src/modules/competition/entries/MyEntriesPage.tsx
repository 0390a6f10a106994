import { App, Button, Card, Descriptions, Empty, Popconfirm, Skeleton, Space, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../components/describe-error.ts';
import { formatDateTime } from '../../../components/format.ts';
import { ErrorResult } from '../../../components/results.tsx';
import { entryStateColors, useMyEntries, useWithdrawEntry, type MyEntry } from './entries-api.ts';

function EntryCard({ entry }: { entry: MyEntry }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const withdraw = useWithdrawEntry();
  return (
    <Card
      size="small"
      data-entry={entry.number}
      title={<span className="portal-card-title">{entry.projectName}</span>}
      extra={<Tag color={entryStateColors[entry.state]}>{t(`competition.entries.states.${entry.state}`)}</Tag>}
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('competition.entries.fields.number')}>{entry.number}</Descriptions.Item>
        <Descriptions.Item label={t('competition.entries.fields.edition')}>{entry.editionName}</Descriptions.Item>
        <Descriptions.Item label={t('competition.entries.fields.round')}>{`${entry.round.name} · ${entry.round.city} · ${entry.round.heldOn}`}</Descriptions.Item>
        <Descriptions.Item label={t('competition.entries.fields.track')}>{entry.trackName}</Descriptions.Item>
        <Descriptions.Item label={t('competition.entries.fields.organisationName')}>{entry.organisationName}</Descriptions.Item>
        <Descriptions.Item label={t('competition.entries.registeredAt')}>{formatDateTime(entry.createdAt)}</Descriptions.Item>
      </Descriptions>
      {entry.reasons.length > 0 && (
        <Typography.Paragraph type="danger">
          {t('competition.entries.reasons')}: {entry.reasons.join('; ')}
        </Typography.Paragraph>
      )}
      {entry.phases.length > 0 && (
        <Steps
          direction="vertical"
          size="small"
          items={entry.phases.map((phase) => ({
            title: t(`competition.phaseKinds.${phase.kind}`),
            description: [phase.opensOn, phase.closesOn].filter(Boolean).join(' – '),
            status: entry.results.some((result) => result.phaseId === phase.id) ? 'finish' : 'wait',
          }))}
        />
      )}
      {entry.results.length > 0 && (
        <Space wrap>
          {entry.results.map((result) => (
            <Tag key={result.phaseId} color={result.advanced ? 'green' : 'default'}>
              {t(`competition.phaseKinds.${result.phaseKind}`)}: {t(result.advanced ? 'competition.entries.advanced' : 'competition.entries.notAdvanced')}
            </Tag>
          ))}
        </Space>
      )}
      {entry.actions.includes('withdraw') && (
        <Popconfirm
          title={t('competition.entries.withdrawConfirm')}
          onConfirm={() => withdraw.mutateAsync(entry.id).catch((error: unknown) => void message.error(describeError(error, t)))}
        >
          <Button danger block style={{ marginTop: 12 }} loading={withdraw.isPending}>
            {t('competition.entries.withdraw')}
          </Button>
        </Popconfirm>
      )}
    </Card>
  );
}

/** The entrant's own entries and where each stands: its state and why, its round's phases, later its results. */
export function MyEntriesPage() {
  const { t } = useTranslation();
  const entries = useMyEntries();
  if (entries.error) return <ErrorResult error={entries.error} onRetry={() => void entries.refetch()} />;
  if (entries.isPending) return <Skeleton active />;
  return (
    <div style={{ maxWidth: 640 }}>
      <Typography.Title level={3}>{t('competition.entries.myTitle')}</Typography.Title>
      {entries.data.length === 0 ? (
        <Empty description={t('competition.entries.noEntries')}>
          <Link to="/competition/register">{t('competition.entries.registerTitle')}</Link>
        </Empty>
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {entries.data.map((entry) => (
            <EntryCard key={entry.id} entry={entry} />
          ))}
        </Space>
      )}
    </div>
  );
}
