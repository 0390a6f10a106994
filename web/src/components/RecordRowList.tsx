import { List, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page of records as the API gives it. */
export interface RecordPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Records as one column of clickable rows, which fits a phone as it fits a staff queue: each row's title is a link
 * to the record (for a new tab; a click opens it through `onOpen`), with a description below; the pager shows only
 * past one page.
 */
export function RecordRowList<T extends { id: string }>({
  page,
  loading,
  empty,
  hrefOf,
  titleOf,
  descriptionOf,
  onOpen,
  onPage,
}: {
  page: RecordPage<T> | undefined;
  loading: boolean;
  empty: ReactNode;
  hrefOf: (record: T) => string;
  titleOf: (record: T) => ReactNode;
  descriptionOf: (record: T) => ReactNode;
  onOpen: (record: T) => void;
  onPage: (page: number) => void;
}) {
  return (
    <List<T>
      loading={loading}
      dataSource={page?.items}
      locale={{ emptyText: empty }}
      pagination={
        page && page.total > page.pageSize
          ? { current: page.page, pageSize: page.pageSize, total: page.total, onChange: onPage, size: 'small', showSizeChanger: false }
          : false
      }
      renderItem={(record) => (
        <List.Item key={record.id} onClick={() => onOpen(record)} style={{ cursor: 'pointer', paddingInline: 8 }}>
          <List.Item.Meta
            title={
              <a href={hrefOf(record)} onClick={(event) => event.preventDefault()}>
                <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                  {titleOf(record)}
                </Typography.Text>
              </a>
            }
            description={descriptionOf(record)}
          />
        </List.Item>
      )}
    />
  );
}
