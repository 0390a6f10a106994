import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';
import { RecordRowList } from '../../components/RecordRowList.tsx';
import { SlaCountdown } from './SlaCountdown.tsx';
import { priorityColors, stateColors, type ServiceRequestPage, type ServiceRequestSummary } from './api.ts';

/**
 * Requests as one column of rows, which fits a phone as it fits a queue: the description's start, state,
 * priority, category, reference and (for the staff) the enterprise and the owner.
 */
export function RequestList({
  page,
  loading,
  empty,
  staff,
  onOpen,
  onPage,
}: {
  page: ServiceRequestPage | undefined;
  loading: boolean;
  empty: ReactNode;
  staff?: boolean;
  onOpen: (request: ServiceRequestSummary) => void;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <RecordRowList<ServiceRequestSummary>
      page={page}
      loading={loading}
      empty={empty}
      onOpen={onOpen}
      onPage={onPage}
      hrefOf={(request) => `/service-desk/requests/${request.id}`}
      titleOf={(request) => request.description}
      descriptionOf={(request) => (
        <>
          <Tag color={stateColors[request.state]}>{t(`serviceDesk.states.${request.state}`)}</Tag>
          {request.priority !== 'normal' && <Tag color={priorityColors[request.priority]}>{t(`serviceDesk.priorities.${request.priority}`)}</Tag>}
          <Tag>{request.categoryName}</Tag>
          {staff && request.slaDueAt && <SlaCountdown dueAt={request.slaDueAt} warnAt={request.slaWarnAt} />}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {request.reference}
            {staff && ` · ${request.enterpriseName ?? request.openedByName}`}
            {staff && request.ownerName && ` · ${request.ownerName}`} · {formatDateTime(request.createdAt)}
          </Typography.Text>
        </>
      )}
    />
  );
}
