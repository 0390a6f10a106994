import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Empty, Flex, Row, Select, Statistic, Table } from 'antd';
import type { EChartsOption } from 'echarts';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../components/Chart.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { chinaThisMonth, concernTags, useActivity, useTeamOptions, type MonthlyActivity } from './api.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';

type OfficerRow = MonthlyActivity['officers'][number];
type TeamRow = MonthlyActivity['teams'][number];

/** A month's visits: per officer and per team, the concerns raised, a chart of each, and the workbook. */
export function ActivityPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [month, setMonth] = useState(chinaThisMonth());
  const [teamId, setTeamId] = useState<string>();
  const { data, error, isFetching, refetch } = useActivity(month, teamId);
  const { data: teams } = useTeamOptions();


  const concernName = (tag: (typeof concernTags)[number]) => t(`visits.concerns.${tag}`);
  const officerChart: EChartsOption | null = data?.officers.length
    ? {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, type: 'scroll' },
        grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: [...data.officers].reverse().map((row) => row.officerName), axisLabel: { width: 90, overflow: 'truncate' } },
        series: concernTags.map((tag) => ({
          type: 'bar',
          stack: 'concerns',
          name: concernName(tag),
          data: [...data.officers].reverse().map((row) => row.concerns[tag]),
          barMaxWidth: 16,
        })),
      }
    : null;
  const concernChart: EChartsOption | null = data?.totals.visits
    ? {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0, type: 'scroll' },
        series: [
          {
            type: 'pie',
            radius: ['30%', '58%'],
            center: ['50%', '45%'],
            label: { formatter: '{c}' },
            data: data.concerns.filter((c) => c.count).map((c) => ({ name: concernName(c.tag), value: c.count })),
          },
        ],
      }
    : null;
  const concernColumns = concernTags.map((tag) => ({ title: concernName(tag), key: tag, render: (_: unknown, row: OfficerRow | TeamRow) => row.concerns[tag] || '' }));

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('visits.activity.title')}
        extra={
          <Flex wrap gap={8}>
            <Link to="/visits">
              <Button icon={<ArrowLeftOutlined />}>{t('visits.back')}</Button>
            </Link>
            {can(me, 'visit.export') && (
              <DownloadButton path='/api/visits/activity/export' fileName={t('visits.activity.fileName', { month })} query={{ month, teamId }}>
                {t('visits.activity.export')}
              </DownloadButton>
            )}
          </Flex>
        }
      >
        <Flex wrap gap={8}>
          <DatePicker
            picker="month"
            inputReadOnly
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(value) => value && setMonth(value.format('YYYY-MM'))}
            aria-label={t('visits.filters.month')}
          />
          <Select
            allowClear
            value={teamId}
            onChange={setTeamId}
            placeholder={t('visits.filters.team')}
            aria-label={t('visits.filters.team')}
            options={teams?.map((team) => ({ value: team.id, label: team.name }))}
            style={{ minWidth: 180 }}
          />
        </Flex>
      </PageHeader>
      <Card size="small" loading={isFetching && !data} style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={8}>
            <Statistic title={t('visits.activity.visits')} value={data?.totals.visits ?? 0} />
          </Col>
          <Col xs={8}>
            <Statistic title={t('visits.activity.enterprises')} value={data?.totals.enterprises ?? 0} />
          </Col>
          <Col xs={8}>
            <Statistic title={t('visits.activity.officers')} value={data?.totals.officers ?? 0} />
          </Col>
        </Row>
      </Card>
      {data && data.totals.visits === 0 ? (
        <Card size="small">
          <Empty description={t('visits.activity.empty')} />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          <Flex wrap gap={16}>
            <Card size="small" title={t('visits.activity.byOfficer')} style={{ flex: '2 1 320px', minWidth: 0 }}>
              {officerChart && <Chart label={t('visits.activity.byOfficer')} option={officerChart} height={Math.max(200, 40 + (data?.officers.length ?? 0) * 28)} />}
            </Card>
            <Card size="small" title={t('visits.activity.concerns')} style={{ flex: '1 1 280px', minWidth: 0 }}>
              {concernChart && <Chart label={t('visits.activity.concerns')} option={concernChart} height={260} />}
            </Card>
          </Flex>
          <Card size="small" title={t('visits.activity.byOfficer')}>
            <Table<OfficerRow>
              size="small"
              rowKey={(row) => row.officerId ?? row.officerName}
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={data?.officers}
              columns={[
                { title: t('visits.fields.officer'), dataIndex: 'officerName', fixed: 'left' },
                { title: t('visits.activity.visits'), dataIndex: 'visits' },
                { title: t('visits.activity.enterprises'), dataIndex: 'enterprises' },
                ...concernColumns,
              ]}
            />
          </Card>
          <Card size="small" title={t('visits.activity.byTeam')}>
            <Table<TeamRow>
              size="small"
              rowKey={(row) => row.teamId ?? 'none'}
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={data?.teams}
              columns={[
                { title: t('visits.fields.team'), dataIndex: 'teamName', fixed: 'left', render: (name: string | null) => name ?? t('visits.activity.noTeam') },
                { title: t('visits.activity.visits'), dataIndex: 'visits' },
                { title: t('visits.activity.enterprises'), dataIndex: 'enterprises' },
                { title: t('visits.activity.officers'), dataIndex: 'officers' },
                ...concernColumns,
              ]}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
