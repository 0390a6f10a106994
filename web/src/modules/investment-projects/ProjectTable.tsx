import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Empty, Flex, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { ErrorResult } from '../../components/results.tsx';
import {
  filtersOfAddress,
  formatWan,
  loadViews,
  projectKinds,
  projectStages,
  storeViews,
  useProjects,
  useTeams,
  type ProjectListParams,
  type ProjectStage,
  type ProjectSummary,
  type SavedView,
} from './api.ts';
import { StageTag, useStageName } from './StageTag.tsx';

type Filters = SavedView['filters'];

/** The filters a report's figure opens the table with that have no control of their own: shown as removable tags. */
const reportFilterKeys = ['createdFrom', 'createdTo', 'signedFrom', 'signedTo', 'reachedStage', 'leftStage', 'sector', 'regionCode', 'verification'] as const;

/**
 * The table: filters (stage, team, manager, kind, verified amounts only, stalled) and views saved under a name; a
 * report's figure opens it with the filters behind the figure in the address.
 */
export function ProjectTable() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const stageName = useStageName();
  const [address] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => filtersOfAddress(address));
  const [page, setPage] = useState(1);
  const [views, setViews] = useState<SavedView[]>(() => loadViews(me.id));
  const [viewName, setViewName] = useState('');
  const params: ProjectListParams = { ...filters, page, pageSize: 20 };
  const { data, error, isFetching, refetch } = useProjects(params);
  const teams = useTeams();
  // Managers met in the lists so far: enough to pick from without a directory of everyone.
  const [managers, setManagers] = useState(new Map<string, string>());
  useEffect(() => {
    setManagers((known) => {
      const seen = (data?.items ?? []).filter((p) => p.managerId && !known.has(p.managerId));
      return seen.length ? new Map([...known, ...seen.map((p) => [p.managerId!, p.managerName ?? ''] as [string, string])]) : known;
    });
  }, [data]);
  const set = <K extends keyof Filters>(key: K) => (value: Filters[K] | undefined) => {
    setFilters((current) => {
      const next = { ...current };
      if (value === undefined || value === null || value === ('' as never)) delete next[key];
      else next[key] = value;
      return next;
    });
    setPage(1);
  };
  const flag = (key: 'verifiedOnly' | 'stalled' | 'mine') => (
    <Checkbox checked={filters[key] === 'true'} onChange={(event) => set(key)(event.target.checked ? 'true' : undefined)}>
      {t(`projects.filters.${key}`)}
    </Checkbox>
  );

  function saveView() {
    const name = viewName.trim();
    if (!name) return;
    const next = [...views.filter((v) => v.name !== name), { name, filters }];
    storeViews(me.id, next);
    setViews(next);
    setViewName('');
    void message.success(t('projects.views.saved', { name }));
  }

  function removeView(name: string) {
    const next = views.filter((v) => v.name !== name);
    storeViews(me.id, next);
    setViews(next);
  }

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <Input.Search allowClear placeholder={t('projects.filters.search')} onSearch={(value) => set('q')(value.trim() || undefined)} style={{ maxWidth: 260 }} />
        <Select
          allowClear
          value={filters.stage}
          onChange={set('stage')}
          placeholder={t('projects.filters.stage')}
          aria-label={t('projects.filters.stage')}
          options={projectStages.map((stage) => ({ value: stage, label: stageName(stage) }))}
          style={{ minWidth: 120 }}
        />
        <Select
          allowClear
          value={filters.teamId}
          onChange={set('teamId')}
          placeholder={t('projects.filters.team')}
          aria-label={t('projects.filters.team')}
          loading={teams.isPending}
          options={[...(teams.data ?? []).map((team) => ({ value: team.id, label: team.name })), { value: 'none', label: t('projects.filters.none') }]}
          style={{ minWidth: 160 }}
        />
        <Select
          allowClear
          value={filters.managerId}
          onChange={set('managerId')}
          placeholder={t('projects.filters.manager')}
          aria-label={t('projects.filters.manager')}
          options={[...managers].map(([value, label]) => ({ value, label }))}
          style={{ minWidth: 140 }}
        />
        <Select
          allowClear
          value={filters.kind}
          onChange={set('kind')}
          placeholder={t('projects.filters.kind')}
          aria-label={t('projects.filters.kind')}
          options={projectKinds.map((kind) => ({ value: kind, label: t(`projects.kinds.${kind}`) }))}
          style={{ minWidth: 120 }}
        />
        {flag('mine')}
        {flag('verifiedOnly')}
        {flag('stalled')}
      </Flex>
      {reportFilterKeys.some((key) => filters[key]) && (
        <Flex wrap gap={4} aria-label={t('projects.filters.fromReport')}>
          {reportFilterKeys.map((key) => {
            const value = filters[key];
            if (!value) return null;
            const shown =
              value === 'none'
                ? t('projects.filters.none')
                : key === 'reachedStage' || key === 'leftStage'
                  ? stageName(value as ProjectStage)
                  : key === 'verification'
                    ? t(`projects.verification.${value as 'verified' | 'unverified'}`)
                    : value;
            return (
              <Tag key={key} closable onClose={() => set(key)(undefined)}>
                {t(`projects.filters.report.${key}`, { value: shown })}
              </Tag>
            );
          })}
        </Flex>
      )}
      <Flex wrap gap={8} align="center">
        <Typography.Text type="secondary">{t('projects.views.title')}</Typography.Text>
        {views.length === 0 && <Typography.Text type="secondary">{t('projects.views.none')}</Typography.Text>}
        {views.map((view) => (
          <Tag
            key={view.name}
            color={JSON.stringify(view.filters) === JSON.stringify(filters) ? 'blue' : undefined}
            style={{ cursor: 'pointer' }}
            onClick={() => {
              setFilters(view.filters);
              setPage(1);
            }}
          >
            {view.name}
            <Popconfirm title={t('projects.views.deleteConfirm', { name: view.name })} onConfirm={() => removeView(view.name)} okText={t('common.delete')} cancelText={t('common.cancel')}>
              <DeleteOutlined aria-label={t('common.delete')} style={{ marginInlineStart: 6 }} onClick={(event) => event.stopPropagation()} />
            </Popconfirm>
          </Tag>
        ))}
        <Input size="small" value={viewName} onChange={(event) => setViewName(event.target.value)} maxLength={40} placeholder={t('projects.views.name')} style={{ width: 140 }} />
        <Button size="small" icon={<SaveOutlined />} disabled={!viewName.trim()} onClick={saveView}>
          {t('projects.views.save')}
        </Button>
      </Flex>
      <Table<ProjectSummary>
        rowKey="id"
        size="small"
        loading={isFetching && !data}
        dataSource={data?.items}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={Object.keys(filters).length ? t('projects.list.noMatches') : t('projects.list.empty')} /> }}
        pagination={data && data.total > data.pageSize ? { current: data.page, pageSize: data.pageSize, total: data.total, onChange: setPage, showSizeChanger: false } : false}
        columns={[
          { key: 'name', title: t('projects.fields.name'), render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link>, fixed: 'left', width: 180 },
          { key: 'enterprise', title: t('projects.fields.enterprise'), dataIndex: 'enterpriseName', ellipsis: true },
          { key: 'stage', title: t('projects.fields.stage'), render: (_, p) => <StageTag stage={p.stage} /> },
          {
            key: 'days',
            title: t('projects.fields.daysInStage'),
            render: (_, p) => (p.stalled ? <Tag color="volcano">{t('projects.list.stalled', { days: p.daysInStage })}</Tag> : p.daysInStage),
          },
          {
            key: 'amount',
            title: t('projects.fields.agreedAmountWan'),
            align: 'right',
            render: (_, p) =>
              p.agreedAmountWan === null ? '—' : (
                <span>
                  {formatWan(p.agreedAmountWan, i18n.language)}
                  {p.verification === 'unverified' && <Tag style={{ marginInlineStart: 4 }}>{t('projects.verification.unverified')}</Tag>}
                </span>
              ),
          },
          { key: 'kind', title: t('projects.fields.kind'), render: (_, p) => t(`projects.kinds.${p.kind}`) },
          { key: 'manager', title: t('projects.fields.manager'), dataIndex: 'managerName' },
          { key: 'team', title: t('projects.fields.team'), dataIndex: 'teamName' },
          { key: 'next', title: t('projects.fields.nextFollowUpOn'), dataIndex: 'nextFollowUpOn' },
        ]}
      />
    </Flex>
  );
}
