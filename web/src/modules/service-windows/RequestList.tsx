import { List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';
import { stateColors, type WindowRequestPage, type WindowRequestSummary } from './api.ts';

/**
 * Requests as one column of rows, which fits a phone as it fits a side panel: subject, state, window, reference and
 * (for the staff) the enterprise. `onOpen` opens one; `selectedId` marks the one shown beside the list.
 */
export function RequestList({
  page,
  loading,
  empty,
  showEnterprise,
  selectedId,
  onOpen,
  onPage,
}: {
  page: WindowRequestPage | undefined;
  loading: boolean;
  empty: ReactNode;
  showEnterprise?: boolean;
  selectedId?: string;
  onOpen: (request: WindowRequestSummary) => void;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <List<WindowRequestSummary>
      loading={loading}
      dataSource={page?.items}
      locale={{ emptyText: empty }}
      pagination={
        page && page.total > page.pageSize
          ? { current: page.page, pageSize: page.pageSize, total: page.total, onChange: onPage, size: 'small', showSizeChanger: false }
          : false
      }
      renderItem={(request) => (
        <List.Item
          key={request.id}
          onClick={() => onOpen(request)}
          style={{ cursor: 'pointer', paddingInline: 8, background: request.id === selectedId ? 'rgba(22, 119, 255, 0.06)' : undefined }}
        >
          <List.Item.Meta
            title={
              <a href={`/service-windows/requests/${request.id}`} onClick={(event) => event.preventDefault()}>
                {request.subject}
              </a>
            }
            description={
              <>
                <Tag color={stateColors[request.state]}>{t(`serviceWindows.states.${request.state}`)}</Tag>
                <Tag>{request.windowName}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {request.reference}
                  {showEnterprise && request.enterpriseName && ` · ${request.enterpriseName}`} ·{' '}
                  {formatDateTime(showEnterprise ? request.createdAt : request.updatedAt)}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
