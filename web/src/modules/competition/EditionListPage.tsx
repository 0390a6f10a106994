import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { editionStateColors, editionStates, useEditions, type EditionState } from './api.ts';
import { EditionFormModal } from './EditionFormModal.tsx';

const pageSize = 20;

/** The competition's editions, latest year first; organisers start a new one here. */
export function EditionListPage() {
  const { t } = useTranslation();
  const manages = can(useMe(), 'competition.manage');
  const [q, setQ] = useState('');
  const [state, setState] = useState<EditionState>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, isFetching } = useEditions({ page, pageSize, ...(q ? { q } : {}), ...(state ? { state } : {}) });
  const filtered = Boolean(q || state);

  return (
    <>
      <PageHeader
        title={t('competition.title')}
        extra={
          manages && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('competition.newEdition')}
            </Button>
          )
        }
      >
        <Flex wrap gap={8} align="center">
          <Input.Search
            allowClear
            aria-label={t('competition.search')}
            placeholder={t('competition.search')}
            onSearch={(value) => {
              setQ(value);
              setPage(1);
            }}
            style={{ width: 280, maxWidth: '100%' }}
          />
          <Select<EditionState>
            allowClear
            aria-label={t('competition.fields.state')}
            placeholder={t('competition.fields.state')}
            value={state}
            onChange={(value) => {
              setState(value);
              setPage(1);
            }}
            options={editionStates.map((value) => ({ value, label: t(`competition.editionStates.${value}`) }))}
            style={{ width: 120 }}
          />
        </Flex>
      </PageHeader>
      <Card size="small">
        <List
          loading={isFetching}
          dataSource={data?.items ?? []}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('competition.noMatches') : manages ? t('competition.emptyManage') : t('competition.empty')} />,
          }}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: setPage, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
          renderItem={(edition) => (
            <List.Item key={edition.id}>
              <List.Item.Meta
                title={
                  <Link to={`/competition/${edition.id}`} style={{ overflowWrap: 'anywhere' }}>
                    {edition.name}
                  </Link>
                }
                description={
                  <Flex vertical gap={4}>
                    {(edition.startsOn || edition.endsOn) && (
                      <Typography.Text type="secondary">{t('competition.dates', { from: edition.startsOn ?? '…', to: edition.endsOn ?? '…' })}</Typography.Text>
                    )}
                    <Flex wrap gap={4}>
                      <Tag>{edition.year}</Tag>
                      <Tag color={editionStateColors[edition.state]}>{t(`competition.editionStates.${edition.state}`)}</Tag>
                      <Tag>{t('competition.trackCount', { count: edition.trackCount })}</Tag>
                      <Tag>{t('competition.roundCount', { count: edition.roundCount })}</Tag>
                    </Flex>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {creating && <EditionFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
