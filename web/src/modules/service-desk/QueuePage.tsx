import { PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { useLiveRequests, useServiceRequests, type Queue } from './api.ts';
import { RequestList } from './RequestList.tsx';

const queues: Queue[] = ['mine', 'team', 'unassigned', 'at_risk', 'breached', 'all'];

/** The agents' workspace: the open requests of a queue, most urgent and oldest first; every one when asked. */
export function QueuePage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const queue = (queues as string[]).includes(search.get('queue') ?? '') ? (search.get('queue') as Queue) : 'mine';
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const agent = can(useMe(), 'serviceRequest.log');
  useLiveRequests();
  const { data, error, isFetching, refetch } = useServiceRequests({ queue, open: queue === 'all' ? undefined : 'true', q: q || undefined, page, pageSize: 20 });
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('serviceDesk.queue.title')}
        extra={
          agent && (
            <Link to="/service-desk/log">
              <Button icon={<PhoneOutlined />}>{t('serviceDesk.form.logTitle')}</Button>
            </Link>
          )
        }
      />
      <Card size="small">
        {/* Six queues do not fit a phone's width in equal parts without cutting their names: there they scroll. */}
        <div style={{ overflowX: 'auto', marginBottom: 12 }}>
          <Segmented
            block={!isMobile}
            value={queue}
            onChange={(value) => {
              setPage(1);
              setSearch({ queue: String(value) });
            }}
            options={queues.map((value) => ({ value, label: t(`serviceDesk.queue.${value}`) }))}
          />
        </div>
        <Input.Search allowClear placeholder={t('serviceDesk.queue.search')} onSearch={(value) => (setPage(1), setQ(value.trim()))} style={{ marginBottom: 8 }} />
        <RequestList
          staff
          page={data}
          loading={isFetching && !data}
          onOpen={(request) => void navigate(`/service-desk/requests/${request.id}`)}
          onPage={setPage}
          empty={<Empty description={t('serviceDesk.queue.empty')} />}
        />
      </Card>
    </>
  );
}
