import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * One figure of a report page: its title, a line saying how it is counted, and its content once its query has
 * answered (the card shows it loading until then).
 */
export function ReportCard<T>({
  title,
  hint,
  query,
  children,
}: {
  title: ReactNode;
  hint: ReactNode;
  query: { data: T | undefined; isPending: boolean };
  children: (data: T) => ReactNode;
}) {
  return (
    <Card title={title} loading={query.isPending}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {query.data !== undefined && children(query.data)}
    </Card>
  );
}
