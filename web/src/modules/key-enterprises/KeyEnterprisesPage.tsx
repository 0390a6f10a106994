import { Card, Empty, Flex, Input, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { roleColors, useKeyEnterprises, type KeyEnterprise } from './api.ts';
import { PersonPicker } from './PersonPicker.tsx';

/** 挂点联系: the key enterprises today with their linked leader and commissioners, by a leader or a commissioner. */
export function KeyEnterprisesPage() {
  const { t } = useTranslation();
  const [leaderId, setLeaderId] = useState<string>();
  const [commissionerId, setCommissionerId] = useState<string>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useKeyEnterprises({ leaderId, commissionerId, q: q || undefined, page, pageSize: 20 });
  const filter = (set: (value?: string) => void) => (value?: string) => {
    set(value);
    setPage(1);
  };

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('keyEnterprises.title')}>
        <Flex wrap gap={8}>
          <div style={{ width: 220, maxWidth: '100%' }}>
            <PersonPicker role="leader" value={leaderId} onChange={filter(setLeaderId)} placeholder={t('keyEnterprises.filters.leader')} />
          </div>
          <div style={{ width: 220, maxWidth: '100%' }}>
            <PersonPicker role="commissioner" value={commissionerId} onChange={filter(setCommissionerId)} placeholder={t('keyEnterprises.filters.commissioner')} />
          </div>
          <Input.Search allowClear placeholder={t('keyEnterprises.filters.search')} onSearch={(value) => filter((text) => setQ(text ?? ''))(value.trim())} style={{ maxWidth: 260 }} />
        </Flex>
      </PageHeader>
      <Card size="small">
        <List<KeyEnterprise>
          loading={isFetching && !data}
          dataSource={data?.items}
          locale={{ emptyText: <Empty description={t('keyEnterprises.empty')} /> }}
          pagination={data && data.total > data.pageSize ? { current: data.page, pageSize: data.pageSize, total: data.total, onChange: setPage, size: 'small', showSizeChanger: false } : false}
          renderItem={(item) => (
            <List.Item key={item.enterpriseId} style={{ paddingInline: 0 }}>
              <List.Item.Meta
                title={
                  <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                    <Link to={`/enterprises/${item.enterpriseId}`} translate="no">
                      {item.name}
                    </Link>
                  </Typography.Text>
                }
                description={
                  <Flex wrap gap={4}>
                    {item.links.map((link) => (
                      <Tag key={link.linkId} color={roleColors[link.role]}>
                        {t(`keyEnterprises.roles.${link.role}`)} <span translate="no">{link.name}</span>
                      </Tag>
                    ))}
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
