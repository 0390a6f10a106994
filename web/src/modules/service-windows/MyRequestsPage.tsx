import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useWindowRequests } from './api.ts';
import { RequestList } from './RequestList.tsx';

/** 服务窗口: a requester's own requests, the latest changed first, and the way to a new one. */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useWindowRequests({ order: 'recent', page, pageSize: 20 });
  const newRequest = (
    <Link to="/service-windows/new">
      <Button type="primary" icon={<PlusOutlined />}>
        {t('serviceWindows.newRequest')}
      </Button>
    </Link>
  );
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('serviceWindows.mine.title')} extra={newRequest} />
      <Card size="small">
        <RequestList
          page={data}
          loading={isFetching && !data}
          onOpen={(request) => void navigate(`/service-windows/requests/${request.id}`)}
          onPage={setPage}
          empty={
            <Empty description={t('serviceWindows.mine.empty')}>
              {newRequest}
            </Empty>
          }
        />
      </Card>
    </>
  );
}
