import { FilterOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Grid, Input, Pagination, Row, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { topBarHeight } from '../../components/top-bar.ts';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { sizeClasses, useEnterpriseList, type EnterpriseListItem, type SizeClass } from './api.ts';
import { EnterpriseTags, formatNumber, ReferenceName, useReferenceNames } from './display.tsx';
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
import { DownloadButton } from '../../components/DownloadButton.tsx';

function FilterFields({ params, onChange }: { params: EnterpriseListParams; onChange: (filters: Partial<EnterpriseFilters>) => void }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} md={12} xl={6}>
        <IndustryPicker value={params.industry} onChange={(industry) => onChange({ industry })} aria-label={t('enterprise.pickers.industry')} />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <RegionPicker value={params.region} onChange={(region) => onChange({ region })} aria-label={t('enterprise.pickers.region')} />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <TagPicker value={params.tag} onChange={(tag) => onChange({ tag })} aria-label={t('enterprise.pickers.tags')} />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Select<SizeClass>
          value={params.sizeClass}
          onChange={(sizeClass) => onChange({ sizeClass })}
          allowClear
          placeholder={t('enterprise.pickers.sizeClass')}
          aria-label={t('enterprise.pickers.sizeClass')}
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
  const names = useReferenceNames();
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} data-testid="enterprise-cards">
      {items.map((item) => (
        <Card key={item.id} size="small" className="enterprise-card">
          <Link to={`/enterprises/${item.id}`} className="enterprise-card-name" translate="no">
            {item.name}
          </Link>
          <div className="enterprise-card-meta">{item.creditCode ?? t('enterprise.noCreditCode')}</div>
          <div className="enterprise-card-meta">
            <ReferenceName path={names.industryPath(item.industryCode).slice(-1)} />
            {' · '}
            <ReferenceName path={names.regionPath(item.regionCode)} short />
            {item.sizeClass && ` · ${t(`sizeClass.${item.sizeClass}`)}`}
          </div>
          <EnterpriseTags tags={item.tags} />
        </Card>
      ))}
    </Space>
  );
}

export function EnterpriseListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isMobile = useIsMobile();
  const screens = Grid.useBreakpoint();
  const names = useReferenceNames();
  const [search, setSearch] = useSearchParams();
  const params = parseListParams(search);
  const { data, error, isFetching, refetch } = useEnterpriseList(params);
  const [query, setQuery] = useState(params.q ?? '');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const canEdit = can(me, 'enterprise.edit');
  const canImport = can(me, 'enterprise.import');
  const canExport = can(me, 'enterprise.export');

  // Back and forward change the address under the page; the search box follows it.
  useEffect(() => setQuery(params.q ?? ''), [params.q]);

  const update = (changes: Partial<EnterpriseListParams>) => setSearch(listParamsToSearch({ ...params, page: 1, ...changes }));
  const activeFilters = Object.values({ ...filtersOf(params), q: undefined }).filter((value) => value !== undefined).length;


  // The essential columns fit the table's width at every size from a small laptop up (no sideways scrolling, no
  // pinned column); the secondary ones appear as room allows, and tags move under the name until they have a
  // column of their own.
  const wide = Boolean(screens.xxl);
  const baseColumns: NonNullable<TableProps<EnterpriseListItem>['columns']> = [
    {
      key: 'name',
      title: t('enterprise.fields.name'),
      dataIndex: 'name',
      sorter: true,
      ellipsis: true,
      render: (name: string, item) => (
        <>
          <Link to={`/enterprises/${item.id}`} title={name} translate="no">
            {name}
          </Link>
          {!wide && item.tags.length > 0 && (
            <div className="name-cell-tags">
              <EnterpriseTags tags={item.tags} limit={2} />
            </div>
          )}
        </>
      ),
    },
    ...(screens.lg
      ? [
          {
            key: 'creditCode',
            title: t('enterprise.list.creditCodeColumn'),
            dataIndex: 'creditCode',
            sorter: true,
            width: 190,
            render: (code: string | null) => <span className="credit-code">{code ?? '—'}</span>,
          },
        ]
      : []),
    {
      key: 'industry',
      title: t('enterprise.fields.industry'),
      dataIndex: 'industryCode',
      width: 160,
      ellipsis: true,
      render: (code: string | null) => <ReferenceName path={names.industryPath(code).slice(-1)} />,
    },
    {
      key: 'region',
      title: t('enterprise.fields.region'),
      dataIndex: 'regionCode',
      width: 160,
      ellipsis: true,
      render: (code: string | null) => <ReferenceName path={names.regionPath(code)} short />,
    },
    ...(screens.xl
      ? [{ key: 'sizeClass', title: t('enterprise.fields.sizeClass'), dataIndex: 'sizeClass', width: 80, render: (size: SizeClass | null) => (size ? t(`sizeClass.${size}`) : '—') }]
      : []),
    ...(wide
      ? [
          {
            key: 'registeredCapitalWan',
            title: t('enterprise.list.capitalColumn'),
            dataIndex: 'registeredCapitalWan',
            sorter: true,
            align: 'right' as const,
            width: 150,
            render: (capital: number | null) => formatNumber(capital),
          },
          { key: 'foundedOn', title: t('enterprise.fields.foundedOn'), dataIndex: 'foundedOn', sorter: true, width: 110, render: formatDate },
          { key: 'tags', title: t('enterprise.fields.tags'), dataIndex: 'tags', width: 200, render: (tags: EnterpriseListItem['tags']) => <EnterpriseTags tags={tags} limit={2} /> },
        ]
      : []),
    ...(screens.xl ? [{ key: 'updatedAt', title: t('enterprise.fields.updatedAt'), dataIndex: 'updatedAt', sorter: true, width: 150, render: formatDateTime }] : []),
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
              <DownloadButton path='/api/enterprises/export' fileName={t('enterprise.exportFileName')} query={{ ...filtersOf(params), sort: params.sort, order: params.order }} disabled={!data?.total}>
                {t('enterprise.list.export')}
              </DownloadButton>
            )}
            {canImport && (
              <Link to="/enterprises/import">
                <Button icon={<UploadOutlined />}>{t('enterprise.list.import')}</Button>
              </Link>
            )}
            {can(me, 'enterpriseFigure.import') && (
              <Link to="/enterprises/figures/import">
                <Button icon={<UploadOutlined />}>{t('enterprise.figures.import.button')}</Button>
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
            {data && t(data.totalExact ? 'enterprise.list.total' : 'enterprise.list.totalEstimated', { count: data.total })}
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
          tableLayout="fixed"
          sticky={{ offsetHeader: topBarHeight }}
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
            // Past a thousand matches the server estimates the count, and says so.
            showTotal: (total) => t(data?.totalExact === false ? 'enterprise.list.totalEstimated' : 'enterprise.list.total', { count: total }),
          }}
        />
      )}
    </>
  );
}
