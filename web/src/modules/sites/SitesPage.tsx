import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, List, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { percent, useSites, type SiteSummary } from './api.ts';
import { SiteFormModal } from './SiteFormModal.tsx';

/** 载体: every site by name, with its units and the share leased today. */
export function SitesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manages = can(me, 'sites.manage');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, error, isFetching, refetch } = useSites({ q: q || undefined, page });

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('sites.title')}
        extra={
          manages && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('sites.newSite')}
            </Button>
          )
        }
      >
        <Input.Search
          allowClear
          placeholder={t('sites.search')}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
          style={{ maxWidth: 320 }}
        />
      </PageHeader>
      <Card size="small">
        <List<SiteSummary>
          loading={isFetching && !data}
          dataSource={data?.items}
          locale={{ emptyText: <Empty description={q ? t('sites.noMatches') : t('sites.empty')} /> }}
          pagination={
            data && data.total > data.pageSize
              ? { current: data.page, pageSize: data.pageSize, total: data.total, onChange: setPage, size: 'small', showSizeChanger: false }
              : false
          }
          renderItem={(site) => (
            <List.Item key={site.id} style={{ paddingInline: 0 }}>
              <List.Item.Meta
                title={
                  <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                    <Link to={`/sites/${site.id}`}>{site.name}</Link>
                  </Typography.Text>
                }
                description={
                  <Flex vertical gap={4} style={{ width: '100%' }}>
                    <Space size={[4, 4]} wrap>
                      <Tag>{t(`sites.kinds.${site.kind}`)}</Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                        {[site.regionName, site.teamName, t('sites.unitCount', { count: site.units })].filter(Boolean).join(' · ')}
                      </Typography.Text>
                    </Space>
                    <Progress
                      percent={Number((site.occupancy.leasedShare * 100).toFixed(1))}
                      success={{ percent: Number((site.occupancy.openShare * 100).toFixed(1)) }}
                      format={() => t('sites.leasedShort', { share: percent(site.occupancy.leasedShare) })}
                      size="small"
                    />
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {creating && <SiteFormModal mayChangeTeam onClose={() => setCreating(false)} />}
    </>
  );
}
