import { DatePicker, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { summaryPath, useSummaries, type DailySummaryPage, type SummaryListParams } from './summary-api.ts';

type Row = DailySummaryPage['items'][number];

/** The daily summaries produced so far, by team and day, newest first: the meeting's archive. */
export function SummaryListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useState<SummaryListParams>({ page: 1, pageSize: 20 });
  const { data, error, refetch, isFetching } = useSummaries(params);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;

  function pickDays(days: [Dayjs | null, Dayjs | null] | null) {
    setParams((before) => ({ ...before, page: 1, from: days?.[0]?.format('YYYY-MM-DD'), to: days?.[1]?.format('YYYY-MM-DD') }));
  }

  return (
    <>
      <PageHeader
        title={t('deskSummary.listTitle')}
        extra={
          <>
            <Select
              allowClear
              style={{ minWidth: 200 }}
              placeholder={t('deskSummary.allTeams')}
              aria-label={t('deskSummary.team')}
              value={params.teamId}
              options={data?.teams.map((team) => ({ value: team.id, label: team.name }))}
              onChange={(teamId?: string) => setParams((before) => ({ ...before, page: 1, teamId }))}
            />
            <DatePicker.RangePicker aria-label={t('deskSummary.days')} onChange={(days) => pickDays(days as [Dayjs | null, Dayjs | null] | null)} />
          </>
        }
      />
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={isFetching}
        scroll={{ x: 'max-content' }}
        dataSource={data?.items}
        locale={{ emptyText: t('deskSummary.none') }}
        onRow={(row) => ({ onClick: () => void navigate(summaryPath(row.teamId, row.day)), style: { cursor: 'pointer' } })}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: data?.total ?? 0,
          onChange: (page, pageSize) => setParams((before) => ({ ...before, page, pageSize })),
        }}
        columns={[
          { key: 'day', title: t('deskSummary.day'), render: (_, row) => <Link to={summaryPath(row.teamId, row.day)}>{row.day}</Link> },
          { key: 'team', title: t('deskSummary.team'), dataIndex: 'teamName' },
          { key: 'created', title: t('deskSummary.created'), dataIndex: 'created', align: 'right' },
          { key: 'resolved', title: t('deskSummary.resolved'), dataIndex: 'resolved', align: 'right' },
          { key: 'open', title: t('deskSummary.open'), dataIndex: 'open', align: 'right' },
          { key: 'producedAt', title: t('deskSummary.producedAtColumn'), render: (_, row) => formatDateTime(row.producedAt) },
        ]}
      />
    </>
  );
}
