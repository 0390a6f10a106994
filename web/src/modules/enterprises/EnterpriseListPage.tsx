import { DownloadOutlined, FilterOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Col, Empty, Input, Pagination, Row, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/access.ts';
import { download } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { describeError, ErrorResult } from '../../components/results.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { sizeClasses, useEnterpriseList, type EnterpriseListItem, type SizeClass } from './api.ts';
import { EnterpriseTags, formatNumber, shortRegionName } from './display.tsx';
import {
  filtersOf,
  hasFilters,
  listParamsToSearch,
  pageSizes,
  parseListParams,
  type EnterpriseFilters,
  type EnterpriseListParams,
  type SortField,
  type SortOrder,
} from './list-params.ts';
import { IndustryPicker, RegionPicker, TagPicker } from './pickers.tsx';

function FilterFields({ params, onChange }: { params: EnterpriseListParams; onChange: (filters: Partial<EnterpriseFilters>) => void }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} md={12} xl={6}>
        <IndustryPicker value={params.industry} onChange={(industry) => onChange({ industry })} />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <RegionPicker value={params.region} onChange={(region) => onChange({ region })} />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <TagPicker value={params.tag} onChange={(tag) => onChange({ tag })} />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Select<SizeClass>
          value={params.sizeClass}
          onChange={(sizeClass) => onChange({ sizeClass })}
          allowClear
          placeholder={t('enterprise.pickers.sizeClass')}
          style={{ width: '100%' }}
          options={sizeClasses.map((size) => ({ value: size, label: t(`sizeClass.${size}`) }))}
        />
      </Col>
    </Row>
  );
}

const mobileSorts: { field: SortField; order: SortOrder }[] = [
  { field: 'updatedAt', order: 'desc' },
  { field: 'name', order: 'asc' },
  { field: 'registeredCapitalWan', order: 'desc' },
  { field: 'foundedOn', order: 'asc' },
];

function EnterpriseCards({ items }: { items: EnterpriseListItem[] }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="enterprise-cards">
      {items.map((item) => (
        <Card key={item.id} size="small" className="enterprise-card">
          <Link to={`/enterprises/${item.id}`} className="enterprise-card-name">
            {item.name}
          </Link>
          <div className="enterprise-card-meta">{item.creditCode ?? t('enterprise.noCreditCode')}</div>
          <div className="enterprise-card-meta">
            {[item.industryName, item.regionName && shortRegionName(item.regionName), item.sizeClass && t(`sizeClass.${item.sizeClass}`)].filter(Boolean).join(' · ') || '—'}
          </div>
          <EnterpriseTags tags={item.tags} />
        </Card>
      ))}
    </Space>
  );
}

export function EnterpriseListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const isMobile = useIsMobile();
  const [search, setSearch] = useSearchParams();
  const params = parseListParams(search);
  const { data, error, isFetching, refetch } = useEnterpriseList(params);
  const [query, setQuery] = useState(params.q ?? '');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const canEdit = can(me, 'enterprise.edit');
  const canImport = can(me, 'enterprise.import');
  const canExport = can(me, 'enterprise.export');

  // Back and forward change the address under the page; the search box follows it.
  useEffect(() => setQuery(params.q ?? ''), [params.q]);

  const update = (changes: Partial<EnterpriseListParams>) => setSearch(listParamsToSearch({ ...params, page: 1, ...changes }));
  const activeFilters = Object.values({ ...filtersOf(params), q: undefined }).filter((value) => value !== undefined).length;

  async function exportList() {
    setExporting(true);
    try {
      await download('/api/enterprises/export', t('enterprise.exportFileName'), { ...filtersOf(params), sort: params.sort, order: params.order });
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setExporting(false);
    }
  }

  const baseColumns: NonNullable<TableProps<EnterpriseListItem>['columns']> = [
    {
      key: 'name',
      title: t('enterprise.fields.name'),
      dataIndex: 'name',
      sorter: true,
      fixed: 'left',
      width: 240,
      render: (name: string, item) => <Link to={`/enterprises/${item.id}`}>{name}</Link>,
    },
    { key: 'creditCode', title: t('enterprise.list.creditCodeColumn'), dataIndex: 'creditCode', sorter: true, width: 200, render: (code: string | null) => <span className="credit-code">{code ?? '—'}</span> },
    { key: 'industry', title: t('enterprise.fields.industry'), dataIndex: 'industryName', width: 150, ellipsis: true, render: (name: string | null) => name ?? '—' },
    {
      key: 'region',
      title: t('enterprise.fields.region'),
      dataIndex: 'regionName',
      width: 140,
      render: (name: string | null) => <span title={name ?? undefined}>{shortRegionName(name)}</span>,
    },
    { key: 'sizeClass', title: t('enterprise.fields.sizeClass'), dataIndex: 'sizeClass', width: 100, render: (size: SizeClass | null) => (size ? t(`sizeClass.${size}`) : '—') },
    {
      key: 'registeredCapitalWan',
      title: t('enterprise.list.capitalColumn'),
      dataIndex: 'registeredCapitalWan',
      sorter: true,
      align: 'right',
      width: 160,
      render: (capital: number | null) => formatNumber(capital),
    },
    { key: 'foundedOn', title: t('enterprise.fields.foundedOn'), dataIndex: 'foundedOn', sorter: true, width: 110, render: formatDate },
    { key: 'tags', title: t('enterprise.fields.tags'), dataIndex: 'tags', width: 220, render: (tags: EnterpriseListItem['tags']) => <EnterpriseTags tags={tags} limit={2} /> },
    { key: 'updatedAt', title: t('enterprise.fields.updatedAt'), dataIndex: 'updatedAt', sorter: true, width: 140, render: formatDateTime },
  ];
  // The server sorts; the table only shows which column it sorted by.
  const columns = baseColumns.map((column) => ({
    ...column,
    sortOrder: column.sorter && params.sort === column.key ? (params.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null,
  }));

  const emptyState = hasFilters(params) ? (
    <Empty description={t('enterprise.list.noMatches')}>
      <Button onClick={() => setSearch(new URLSearchParams())}>{t('enterprise.list.clearFilters')}</Button>
    </Empty>
  ) : (
    <Empty description={t('enterprise.list.empty')}>
      {canEdit && (
        <Link to="/enterprises/new">
          <Button type="primary">{t('enterprise.list.createFirst')}</Button>
        </Link>
      )}
    </Empty>
  );

  return (
    <>
      <PageHeader
        title={t('enterprise.list.title')}
        extra={
          <Space wrap>
            {canExport && (
              <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()} disabled={!data?.total}>
                {t('enterprise.list.export')}
              </Button>
            )}
            {canImport && (
              <Link to="/enterprises/import">
                <Button icon={<UploadOutlined />}>{t('enterprise.list.import')}</Button>
              </Link>
            )}
            {canEdit && (
              <Link to="/enterprises/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('enterprise.list.create')}
                </Button>
              </Link>
            )}
          </Space>
        }
      />
      <Card className="filter-card" size="small">
        <Space orientation="vertical" size="small" style={{ width: '100%' }}>
          <div className="search-row">
            <Input.Search
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onSearch={(value) => update({ q: value.trim() || undefined })}
              placeholder={t('enterprise.list.searchPlaceholder')}
              allowClear
              enterButton
              aria-label={t('enterprise.list.searchPlaceholder')}
            />
            {isMobile && (
              <Badge count={activeFilters} size="small">
                <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen((open) => !open)} aria-expanded={filtersOpen}>
                  {t('enterprise.list.filters')}
                </Button>
              </Badge>
            )}
          </div>
          {(!isMobile || filtersOpen) && <FilterFields params={params} onChange={update} />}
          {isMobile && (
            <Select
              value={`${params.sort ?? 'updatedAt'}:${params.order ?? 'desc'}`}
              onChange={(value: string) => {
                const [sort, order] = value.split(':') as [SortField, SortOrder];
                update({ sort, order });
              }}
              style={{ width: '100%' }}
              aria-label={t('enterprise.list.sortBy')}
              options={mobileSorts.map(({ field, order }) => ({
                value: `${field}:${order}`,
                label: t('enterprise.list.sortOption', { field: t(`enterprise.fields.${field}`), order: t(`enterprise.list.order.${order}`) }),
              }))}
            />
          )}
        </Space>
      </Card>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : isMobile ? (
        <>
          <Typography.Text type="secondary" className="list-total">
            {data && t('enterprise.list.total', { count: data.total })}
          </Typography.Text>
          {data?.items.length ? <EnterpriseCards items={data.items} /> : data ? emptyState : <Card loading />}
          {data && data.total > params.pageSize && (
            <Pagination
              className="mobile-pagination"
              simple
              current={params.page}
              pageSize={params.pageSize}
              total={data.total}
              onChange={(page) => setSearch(listParamsToSearch({ ...params, page }))}
            />
          )}
        </>
      ) : (
        <Table<EnterpriseListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          scroll={{ x: 1450 }}
          locale={{ emptyText: data ? emptyState : ' ' }}
          onChange={(pagination, _filters, sorter, { action }) => {
            const single = Array.isArray(sorter) ? sorter[0] : sorter;
            if (action === 'sort') {
              const sort = single?.order ? (single.columnKey as SortField) : undefined;
              update({ sort, order: single?.order === 'descend' ? 'desc' : single?.order ? 'asc' : undefined });
            } else {
              setSearch(listParamsToSearch({ ...params, page: pagination.current ?? 1, pageSize: pagination.pageSize ?? params.pageSize }));
            }
          }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: data?.total,
            showSizeChanger: true,
            pageSizeOptions: [...pageSizes],
            showTotal: (total) => t('enterprise.list.total', { count: total }),
          }}
        />
      )}
    </>
  );
}
