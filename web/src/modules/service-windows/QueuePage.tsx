import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Input, Row, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { useWindowRequests, useWindows, type WindowRequestState } from './api.ts';
import { RequestList } from './RequestList.tsx';
import { RequestThread } from './RequestThread.tsx';

const stateFilters = ['all', 'open', 'answered', 'closed'] as const;

/**
 * 窗口受理: the staff's queue, open requests first and the longest waiting first, with the chosen request's thread
 * and reply box beside it (on a phone, on its own page).
 */
export function QueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const [state, setState] = useState<(typeof stateFilters)[number]>('all');
  const [windowCode, setWindowCode] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const { data: windows } = useWindows({ includeInactive: true });
  const { data, error, isFetching, refetch } = useWindowRequests({
    order: 'queue',
    state: state === 'all' ? undefined : (state as WindowRequestState),
    windowCode,
    q: q || undefined,
    page,
    pageSize: 20,
  });
  const filtered = Boolean(windowCode || q || state !== 'all');

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('serviceWindows.queue.title')}
        extra={
          <Link to="/service-windows/new">
            <Button icon={<PlusOutlined />}>{t('serviceWindows.queue.logWalkIn')}</Button>
          </Link>
        }
      >
        <Flex wrap gap={8}>
          <Segmented
            value={state}
            onChange={(value) => {
              setState(value);
              setPage(1);
            }}
            options={stateFilters.map((value) => ({ value, label: value === 'all' ? t('serviceWindows.queue.all') : t(`serviceWindows.states.${value}`) }))}
          />
          <Select
            allowClear
            value={windowCode}
            onChange={(value: string | undefined) => {
              setWindowCode(value);
              setPage(1);
            }}
            placeholder={t('serviceWindows.queue.anyWindow')}
            options={windows?.map((w) => ({ value: w.code, label: w.name }))}
            style={{ minWidth: 160 }}
          />
          <Input.Search
            allowClear
            placeholder={t('serviceWindows.queue.search')}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
            style={{ maxWidth: 320 }}
          />
        </Flex>
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small">
            <RequestList
              page={data}
              loading={isFetching && !data}
              showEnterprise
              selectedId={selectedId}
              onOpen={(request) => (isMobile ? void navigate(`/service-windows/requests/${request.id}`) : setSelectedId(request.id))}
              onPage={setPage}
              empty={<Empty description={filtered ? t('serviceWindows.queue.noMatches') : t('serviceWindows.queue.empty')} />}
            />
          </Card>
        </Col>
        {!isMobile && (
          <Col xs={24} lg={14}>
            {selectedId ? <RequestThread key={selectedId} id={selectedId} /> : <Empty description={t('serviceWindows.queue.pick')} />}
          </Col>
        )}
      </Row>
    </>
  );
}
