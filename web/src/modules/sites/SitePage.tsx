import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import type { EChartsOption } from 'echarts';
import { Button, Card, Empty, Flex, List, Progress, Radio, Segmented, Skeleton, Space, Statistic, Switch, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { Chart } from '../../components/Chart.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { AddUnitsModal } from './AddUnitsModal.tsx';
import {
  leaseStates,
  percent,
  stateColors,
  unitStates,
  useLeases,
  useOccupancy,
  useSite,
  useSiteTree,
  type LeaseState,
  type Site,
  type SiteTree,
} from './api.ts';
import { BuildingModal } from './BuildingModal.tsx';
import { SiteFormModal } from './SiteFormModal.tsx';
import { StateTag, UnitDrawer } from './UnitDrawer.tsx';
import { DownloadButton } from '../../components/DownloadButton.tsx';

// The projects module's card of the projects landed here, loaded when first shown.
const LandedProjectsCard = lazy(() => import('../investment-projects/LandedProjectsCard.tsx').then((m) => ({ default: m.LandedProjectsCard })));

/** Leased and open share today, for the site and each building. */
function OccupancyFigures({ site }: { site: Site }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('sites.occupancy.title')} style={{ flex: '1 1 320px', minWidth: 0 }}>
      <Flex wrap gap={16} style={{ marginBottom: 12 }}>
        <Statistic title={t('sites.occupancy.leased')} value={percent(site.occupancy.leasedShare)} />
        <Statistic title={t('sites.occupancy.open')} value={percent(site.occupancy.openShare)} />
        <Statistic title={t('sites.occupancy.area')} value={`${site.occupancy.leasedArea.toLocaleString()} / ${site.occupancy.totalArea.toLocaleString()} m²`} />
        <Statistic title={t('sites.occupancy.units')} value={site.units} />
      </Flex>
      {site.buildings.map((building) => (
        <div key={building.id}>
          <Typography.Text>{building.name}</Typography.Text>
          <Progress
            percent={Number((building.occupancy.leasedShare * 100).toFixed(1))}
            success={{ percent: Number((building.occupancy.openShare * 100).toFixed(1)) }}
            size="small"
          />
        </div>
      ))}
    </Card>
  );
}

/** The leased and open share month by month. */
function OccupancyChart({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const { data, isPending } = useOccupancy(siteId);
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (value) => `${Number(value).toFixed(1)}%` },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: data?.map((point) => point.month) ?? [] },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: t('sites.occupancy.leased'), type: 'line', smooth: true, data: data?.map((point) => Number((point.leasedShare * 100).toFixed(1))) ?? [] },
        { name: t('sites.occupancy.open'), type: 'line', smooth: true, data: data?.map((point) => Number((point.openShare * 100).toFixed(1))) ?? [] },
      ],
    }),
    [data, t],
  );
  return (
    <Card size="small" title={t('sites.occupancy.overTime')} style={{ flex: '1 1 320px', minWidth: 0 }}>
      {isPending ? <Skeleton active /> : <Chart label={t('sites.occupancy.overTime')} option={option} height={260} />}
    </Card>
  );
}

/** Each floor of a building, top floor first, its units as small tiles coloured by state. */
function FloorGrid({ building, vacantOnly, onUnit }: { building: SiteTree['buildings'][number]; vacantOnly: boolean; onUnit: (id: string) => void }) {
  const { t } = useTranslation();
  const floors = [...building.floors].reverse();
  if (!floors.some((floor) => floor.units.length)) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sites.grid.noUnits')} />;
  return (
    <Flex vertical gap={8}>
      {floors.map((floor) => {
        const units = vacantOnly ? floor.units.filter((unit) => unit.state === 'vacant') : floor.units;
        if (!units.length) return null;
        return (
          <Flex key={floor.id} gap={8} align="flex-start">
            <Typography.Text strong style={{ width: 32, flex: 'none', lineHeight: '28px' }}>
              {floor.label}
            </Typography.Text>
            <Flex wrap gap={4} style={{ minWidth: 0 }}>
              {units.map((unit) => (
                <button
                  key={unit.id}
                  type="button"
                  className="site-unit-tile"
                  aria-label={`${unit.code} ${t(`sites.states.${unit.state}`)}`}
                  title={[unit.code, t(`sites.states.${unit.state}`), `${unit.area} m²`, unit.tenantName].filter(Boolean).join(' · ')}
                  onClick={() => onUnit(unit.id)}
                  style={{
                    minWidth: 44,
                    height: 28,
                    padding: '0 4px',
                    border: 'none',
                    borderRadius: 4,
                    cursor: 'pointer',
                    fontSize: 12,
                    background: stateColors[unit.state],
                    color: unit.state === 'vacant' ? 'rgba(0,0,0,0.88)' : '#fff',
                  }}
                >
                  {unit.code}
                </button>
              ))}
            </Flex>
          </Flex>
        );
      })}
    </Flex>
  );
}

/** The lease pipeline of the site: one state or all, the latest change first. */
function LeasePipeline({ siteId, onUnit }: { siteId: string; onUnit: (id: string) => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<LeaseState | 'all'>('all');
  const [page, setPage] = useState(1);
  const { data, isFetching } = useLeases(siteId, { state: state === 'all' ? undefined : state, page });
  return (
    <Card size="small" title={t('sites.pipeline.title')}>
      <div style={{ overflowX: 'auto', marginBottom: 8 }}>
        <Segmented<LeaseState | 'all'>
          value={state}
          onChange={(value) => {
            setState(value);
            setPage(1);
          }}
          options={[{ value: 'all', label: t('sites.pipeline.all') }, ...leaseStates.map((value) => ({ value, label: t(`sites.states.${value}`) }))]}
        />
      </div>
      <List
        loading={isFetching && !data}
        dataSource={data?.items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sites.pipeline.empty')} /> }}
        pagination={data && data.total > data.pageSize ? { current: data.page, pageSize: data.pageSize, total: data.total, onChange: setPage, size: 'small', showSizeChanger: false } : false}
        renderItem={(lease) => (
          <List.Item key={lease.id} style={{ paddingInline: 0 }}>
            <List.Item.Meta
              title={
                <Typography.Link onClick={() => onUnit(lease.unitId)} ellipsis style={{ maxWidth: '100%' }}>
                  {lease.enterpriseName}
                </Typography.Link>
              }
              description={
                <Space size={[4, 4]} wrap>
                  <StateTag state={lease.state} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[`${lease.buildingName} · ${lease.floorLabel} · ${lease.unitCode}`, lease.signedOn && t('sites.lease.signedShort', { day: lease.signedOn }), lease.openedOn && t('sites.lease.openedShort', { day: lease.openedOn })]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** One site: occupancy today and over time, its buildings' units as a grid, the lease pipeline, and a unit's drawer. */
export function SitePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { id = '' } = useParams();
  const { data: site, error, isPending, refetch } = useSite(id);
  const tree = useSiteTree(id);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [vacantOnly, setVacantOnly] = useState(false);
  const [building, setBuilding] = useState<string>();
  const [dialog, setDialog] = useState<'edit' | 'building' | 'units' | null>(null);


  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !site) return <Skeleton active />;
  const buildings = tree.data?.buildings ?? [];
  const current = buildings.find((b) => b.id === building) ?? buildings[0];

  return (
    <>
      <PageHeader
        title={site.name}
        extra={
          <Link to="/sites">
            <Button icon={<ArrowLeftOutlined />}>{t('sites.back')}</Button>
          </Link>
        }
      >
        <Space size={[4, 4]} wrap>
          <Tag>{t(`sites.kinds.${site.kind}`)}</Tag>
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {[site.regionName, site.address, site.teamName].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Space>
      </PageHeader>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        {site.mayManage && <Button onClick={() => setDialog('edit')}>{t('sites.edit')}</Button>}
        {site.mayManage && (
          <Button icon={<PlusOutlined />} onClick={() => setDialog('building')}>
            {t('sites.building.add')}
          </Button>
        )}
        <DownloadButton path={`/api/sites/${id}/export`} fileName={t('sites.exportFileName')} disabled={!site.units}>
          {t('sites.export')}
        </DownloadButton>
      </Flex>
      <Flex vertical gap={16}>
        <Flex wrap gap={16} align="stretch">
          <OccupancyFigures site={site} />
          <OccupancyChart siteId={id} />
        </Flex>
        <Card
          size="small"
          title={t('sites.grid.title')}
          extra={
            <Space size={4}>
              <Switch size="small" checked={vacantOnly} onChange={setVacantOnly} aria-label={t('sites.grid.vacantOnly')} />
              <Typography.Text style={{ fontSize: 12 }}>{t('sites.grid.vacantOnly')}</Typography.Text>
            </Space>
          }
        >
          <Flex wrap gap={8} style={{ marginBottom: 8 }}>
            {unitStates.map((state) => (
              <Space key={state} size={4}>
                <span style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: stateColors[state] }} />
                <Typography.Text style={{ fontSize: 12 }}>{t(`sites.states.${state}`)}</Typography.Text>
              </Space>
            ))}
          </Flex>
          {tree.isPending ? (
            <Skeleton active />
          ) : buildings.length === 0 ? (
            <Empty description={t('sites.grid.noBuildings')} />
          ) : (
            <Flex vertical gap={12}>
              <Radio.Group
                optionType="button"
                value={current?.id}
                onChange={(event) => setBuilding(event.target.value as string)}
                options={buildings.map((b) => ({ value: b.id, label: b.name }))}
                style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}
              />
              {site.mayManage && current && (
                <Flex wrap gap={8}>
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog('units')}>
                    {t('sites.bulk.open')}
                  </Button>
                </Flex>
              )}
              {current && <FloorGrid building={current} vacantOnly={vacantOnly} onUnit={setUnitId} />}
            </Flex>
          )}
        </Card>
        <LeasePipeline siteId={id} onUnit={setUnitId} />
        {can(me, 'project.read') && (
          <Suspense fallback={null}>
            <LandedProjectsCard siteId={id} />
          </Suspense>
        )}
      </Flex>
      <UnitDrawer unitId={unitId} onClose={() => setUnitId(null)} />
      {dialog === 'edit' && <SiteFormModal site={site} mayChangeTeam={can(me, 'sites.manage')} onClose={() => setDialog(null)} />}
      {dialog === 'building' && <BuildingModal siteId={id} onClose={() => setDialog(null)} />}
      {dialog === 'units' && current && <AddUnitsModal buildingId={current.id} buildingName={current.name} onClose={() => setDialog(null)} />}
    </>
  );
}
