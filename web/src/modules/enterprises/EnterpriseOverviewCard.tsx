import { Card, Col, Empty, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Chart } from '../../components/Chart.tsx';
import { formatDateTime } from '../../components/format.ts';
import { sizeClasses, useEnterpriseList, useRegionTree, useTags, type RegionNode } from './api.ts';
import { countInRegion, countWithTag, useEnterpriseStats, type EnterpriseStats } from './counts.ts';
import { listParamsToSearch, type EnterpriseFilters } from './list-params.ts';

/** Qingdao (GB/T 2260): the districts the platform serves; the chart breaks the register down by them. */
const homeCityCode = '370200';

function findRegion(nodes: readonly RegionNode[], code: string): RegionNode | undefined {
  for (const node of nodes) {
    if (node.code === code) return node;
    const below = node.children && findRegion(node.children, code);
    if (below) return below;
  }
  return undefined;
}

function listLink(filters: EnterpriseFilters): string {
  const search = listParamsToSearch({ ...filters, page: 1, pageSize: 20 }).toString();
  return search ? `/enterprises?${search}` : '/enterprises';
}

function DistrictChart({ stats }: { stats: EnterpriseStats }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: regions } = useRegionTree();
  const city = regions && findRegion(regions, homeCityCode);
  const districts = city?.children ?? [];
  if (!regions) return <Skeleton active />;
  if (districts.length === 0) return <Empty description={t('home.noRegions')} />;
  const rows = districts
    .map((district) => ({ code: district.code, name: district.name, count: countInRegion(stats, district.code) }))
    .sort((a, b) => a.count - b.count);
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => row.name) },
    series: [{ type: 'bar', name: t('home.enterprises'), data: rows.map((row) => row.count), itemStyle: { color: '#1f5fbf' }, barMaxWidth: 18 }],
  };
  return (
    <Chart
      label={t('home.byDistrict', { city: city?.name ?? '' })}
      option={option}
      height={Math.max(240, rows.length * 28)}
      onItemClick={(index) => {
        const row = rows[index];
        if (row) void navigate(listLink({ region: row.code }));
      }}
    />
  );
}

function SizeChart({ stats }: { stats: EnterpriseStats }) {
  const { t } = useTranslation();
  const countOf = (sizeClass: string | null) => stats.bySizeClass.find((entry) => entry.sizeClass === sizeClass)?.count ?? 0;
  const known = sizeClasses.map((sizeClass) => ({ name: t(`sizeClass.${sizeClass}`), value: countOf(sizeClass) }));
  const unknown = countOf(null);
  const data = [...known, ...(unknown > 0 ? [{ name: t('home.sizeUnknown'), value: unknown }] : [])].filter((slice) => slice.value > 0);
  if (data.length === 0) return <Empty description={t('home.noEnterprises')} />;
  const option: EChartsOption = {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], data, label: { formatter: '{b}\n{c}' } }],
  };
  return <Chart label={t('home.bySize')} option={option} height={280} />;
}

function TagCounts({ stats }: { stats: EnterpriseStats }) {
  const { t } = useTranslation();
  const { data: tags, isPending } = useTags();
  if (isPending) return <Skeleton active />;
  if (!tags?.length) return <Empty description={t('home.noTags')} />;
  return (
    <div className="tag-counts">
      {tags.map((tag) => (
        <Link key={tag.id} to={listLink({ tag: [tag.id] })} className="tag-count">
          <Tag color={tag.color} translate="no">
            {tag.name}
          </Tag>
          <span className="tag-count-number">{countWithTag(stats, tag.id)}</span>
        </Link>
      ))}
    </div>
  );
}

function RecentlyUpdated() {
  const { t } = useTranslation();
  const { data, isPending } = useEnterpriseList({ page: 1, pageSize: 6, sort: 'updatedAt', order: 'desc' });
  if (isPending) return <Skeleton active />;
  if (!data?.items.length) return <Empty description={t('home.noEnterprises')} />;
  return (
    <div className="recent-list">
      {data.items.map((item) => (
        <div key={item.id} className="recent-item">
          <Link to={`/enterprises/${item.id}`} className="recent-name" translate="no">
            {item.name}
          </Link>
          <Typography.Text type="secondary" className="recent-time">
            {formatDateTime(item.updatedAt)}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** The enterprise module's card on the home page: the register at a glance, each figure leading to its records. */
export function EnterpriseOverviewCard() {
  const { t } = useTranslation();
  const { data: stats, isPending } = useEnterpriseStats();
  const { data: regions } = useRegionTree();
  const cityName = (regions && findRegion(regions, homeCityCode)?.name) ?? '';
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={8}>
        <Card>
          <Link to="/enterprises">
            <Statistic title={t('home.enterprisesTotal')} value={stats?.total ?? 0} loading={isPending} />
          </Link>
        </Card>
        <Card title={t('home.byTag')} style={{ marginTop: 16 }}>
          {stats ? <TagCounts stats={stats} /> : <Skeleton active />}
        </Card>
      </Col>
      <Col xs={24} md={16}>
        <Card title={t('home.byDistrict', { city: cityName })}>
          {stats ? <DistrictChart stats={stats} /> : <Skeleton active />}
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card title={t('home.bySize')}>{stats ? <SizeChart stats={stats} /> : <Skeleton active />}</Card>
      </Col>
      <Col xs={24} md={12}>
        <Card title={t('home.recentlyUpdated')} extra={<Link to="/enterprises">{t('home.viewAll')}</Link>}>
          <RecentlyUpdated />
        </Card>
      </Col>
    </Row>
  );
}
