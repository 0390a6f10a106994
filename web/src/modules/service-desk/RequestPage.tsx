import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RequestView } from './RequestView.tsx';

/** One request on a page of its own: where notices lead, and a phone's view of a request. */
export function RequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const back = can(useMe(), 'serviceDesk.queue') ? '/service-desk/queue' : '/service-desk';
  return (
    <>
      <PageHeader
        title={t('serviceDesk.thread.pageTitle')}
        extra={
          <Link to={back}>
            <Button icon={<ArrowLeftOutlined />}>{t('serviceDesk.back')}</Button>
          </Link>
        }
      />
      <RequestView key={id} id={id} />
    </>
  );
}
