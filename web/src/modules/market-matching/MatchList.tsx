import { CheckCircleTwoTone, MinusCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { Empty, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchReason } from './api.ts';

const statusIcons: Record<MatchReason['status'], ReactNode> = {
  met: <CheckCircleTwoTone twoToneColor="#52c41a" />,
  partly: <MinusCircleTwoTone twoToneColor="#faad14" />,
  unmet: <WarningTwoTone twoToneColor="#bfbfbf" />,
};

/** Why one result matches: the server's sentences, each marked by whether it speaks for or against. */
export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  return (
    <ul className="match-reasons" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {reasons.map((reason) => (
        <li key={reason.kind} style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
          {statusIcons[reason.status]}
          <Typography.Text type={reason.status === 'met' ? undefined : 'secondary'}>{reason.text}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

export interface MatchItem {
  id: string;
  title: string;
  summary: string;
  field: string | null;
  reasons: readonly MatchReason[];
}

/**
 * Ranked results, best first, each with its reasons; one column at any width, so it reads on a phone as in a
 * side panel. `extra` adds the facts of a result worth a glance (maturity, price, kind).
 */
export function MatchList<T extends MatchItem>({
  items,
  loading,
  pathOf,
  extra,
  empty,
}: {
  items: readonly T[] | undefined;
  loading: boolean;
  pathOf: (item: T) => string;
  extra?: (item: T) => ReactNode;
  empty: string;
}) {
  const { t } = useTranslation();
  return (
    <List
      loading={loading}
      dataSource={items ? [...items] : []}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      renderItem={(item, rank) => (
        <List.Item key={item.id} style={{ display: 'block' }}>
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap size={[8, 4]}>
              <Typography.Text type="secondary">{t('marketMatching.rank', { rank: rank + 1 })}</Typography.Text>
              <Link to={pathOf(item)}>
                <Typography.Text strong>{item.title}</Typography.Text>
              </Link>
              {item.field && <Tag>{item.field}</Tag>}
              {extra?.(item)}
            </Space>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
              {item.summary}
            </Typography.Paragraph>
            <MatchReasons reasons={item.reasons} />
          </Space>
        </List.Item>
      )}
    />
  );
}
