import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useLiveRequests, useServiceRequests } from './api.ts';
import { RequestList } from './RequestList.tsx';

/** 企业诉求: an enterprise's requests, the latest first, and the way to a new one. */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  useLiveRequests();
  const { data, error, isFetching, refetch } = useServiceRequests({ queue: 'all', page, pageSize: 20 });
  const newRequest = (
    <Link to="/service-desk/new">
      <Button type="primary" icon={<PlusOutlined />}>
        {t('serviceDesk.newRequest')}
      </Button>
    </Link>
  );
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('serviceDesk.mine.title')} extra={newRequest} />
      <Card size="small">
        <RequestList
          page={data}
          loading={isFetching && !data}
          onOpen={(request) => void navigate(`/service-desk/requests/${request.id}`)}
          onPage={setPage}
          empty={<Empty description={t('serviceDesk.mine.empty')}>{newRequest}</Empty>}
        />
      </Card>
    </>
  );
}
