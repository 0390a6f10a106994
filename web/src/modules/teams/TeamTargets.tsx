import { AimOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Form, InputNumber, Progress, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { ErrorResult } from '../../components/results.tsx';
import type { ResponseOf } from '../../api/types.ts';
import { teamKeys, useRefreshTeams } from './api.ts';

type TeamTarget = ResponseOf<'/api/teams/{id}/targets', 'get'>['targets'][number];

const thisYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

/** A team's yearly targets on each measure, with how far it has come; leaders and administrators set them. */
export function TeamTargets({ teamId }: { teamId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const refresh = useRefreshTeams();
  const { data, error, refetch, isLoading } = useQuery({
    queryKey: [...teamKeys.one(teamId), 'targets', year, i18n.language],
    queryFn: ({ signal }) => api.GET('/api/teams/{id}/targets', { params: { path: { id: teamId }, query: { year } }, signal }),
  });
  const figure = (value: number, unit: TeamTarget['unit']) =>
    unit === 'wan' ? t('teams.targets.wan', { value: value.toLocaleString(i18n.language) }) : value.toLocaleString(i18n.language);
  const years = Array.from({ length: 5 }, (_, i) => thisYear() + 1 - i);

  return (
    <section aria-label={t('teams.targets.title')}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('teams.targets.title')}
        </Typography.Title>
        <Space wrap>
          <Select aria-label={t('teams.targets.year')} value={year} onChange={setYear} options={years.map((value) => ({ value, label: t('teams.targets.yearOption', { year: value }) }))} />
          {can(me, 'team.setTargets') && data && data.targets.length > 0 && (
            <Button icon={<AimOutlined />} onClick={() => setEditing(true)}>
              {t('teams.targets.set')}
            </Button>
          )}
        </Space>
      </Space>
      {error && <ErrorResult error={error} onRetry={() => void refetch()} />}
      {!error && (
        <Table<TeamTarget>
          rowKey="measure"
          size="small"
          loading={isLoading}
          dataSource={data?.targets ?? []}
          pagination={false}
          tableLayout="fixed"
          locale={{ emptyText: <Empty description={t('teams.targets.noMeasures')} /> }}
          columns={[
            { key: 'measure', title: t('teams.targets.measure'), render: (_, row) => row.label },
            {
              key: 'progress',
              title: t('teams.targets.progress'),
              render: (_, row) => (
                <>
                  <div>
                    {figure(row.progress, row.unit)}
                    {' / '}
                    {row.target === null ? <Typography.Text type="secondary">{t('teams.targets.none')}</Typography.Text> : figure(row.target, row.unit)}
                  </div>
                  {row.share !== null && <Progress percent={Math.round(row.share * 1000) / 10} size="small" status={row.share >= 1 ? 'success' : 'normal'} />}
                </>
              ),
            },
          ]}
        />
      )}
      {editing && data && (
        <FormModal<Record<string, number | null>>
          title={t('teams.targets.setTitle', { year })}
          initialValues={Object.fromEntries(data.targets.map((row) => [row.measure, row.target]))}
          onSubmit={async (values) => {
            const targets = Object.fromEntries(data.targets.map((row) => [row.measure, values[row.measure] ?? null]));
            await api.PUT('/api/teams/{id}/targets/{year}', { params: { path: { id: teamId, year } }, body: { targets } });
            await refresh();
          }}
          onClose={() => setEditing(false)}
        >
          {data.targets.map((row) => (
            <Form.Item key={row.measure} name={row.measure} label={row.label} extra={row.unit === 'wan' ? t('teams.targets.wanHint') : undefined}>
              <InputNumber min={0} max={1e9} style={{ width: '100%' }} placeholder={t('teams.targets.none')} />
            </Form.Item>
          ))}
        </FormModal>
      )}
    </section>
  );
}
