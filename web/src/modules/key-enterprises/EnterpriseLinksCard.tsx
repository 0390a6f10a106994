import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Empty, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chinaToday } from '../../../../src/platform/calendar/china-day.ts';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { formatDate } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { roleColors, useEnterpriseLinks, type EnterpriseLink } from './api.ts';
import { EndLinkModal } from './EndLinkModal.tsx';
import { LinkFormModal } from './LinkFormModal.tsx';

function LinkItem({ link, onEnd }: { link: EnterpriseLink; onEnd?: () => void }) {
  const { t } = useTranslation();
  const period = link.endsOn ? `${formatDate(link.startsOn)} – ${formatDate(link.endsOn)}` : t('keyEnterprises.since', { day: formatDate(link.startsOn) });
  return (
    <List.Item
      style={{ paddingInline: 0 }}
      actions={onEnd ? [<Button key="end" size="small" onClick={onEnd}>{t('keyEnterprises.endLink')}</Button>] : undefined}
    >
      <List.Item.Meta
        title={
          <>
            <Tag color={roleColors[link.role]}>{t(`keyEnterprises.roles.${link.role}`)}</Tag>
            <span translate="no">{link.name}</span>
          </>
        }
        description={
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {[period, link.note].filter(Boolean).join(' · ')}
          </Typography.Text>
        }
      />
    </List.Item>
  );
}

/**
 * 挂点联系 on the enterprise's page: who is linked today, the earlier and planned links folded below; administrators
 * and leaders add and end links here. Nothing for an enterprise nobody was ever linked to, unless the reader may
 * link someone.
 */
export function EnterpriseLinksCard({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const mayManage = can(me, 'keyEnterprise.manage');
  const { data, error, refetch } = useEnterpriseLinks(enterpriseId);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<EnterpriseLink | null>(null);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (!data || (!data.items.length && !mayManage)) return null;
  const current = data.items.filter((link) => link.current);
  const others = data.items.filter((link) => !link.current);
  // A link open or ending after today can still be ended (earlier); one already over is history.
  const today = chinaToday();
  const mayEnd = (link: EnterpriseLink) => mayManage && (link.endsOn === null || link.endsOn > today);

  return (
    <Card
      title={
        <>
          {t('keyEnterprises.cardTitle')} {current.length > 0 && <Tag color="gold">{t('keyEnterprises.keyTag')}</Tag>}
        </>
      }
      extra={
        mayManage && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('keyEnterprises.addLink')}
          </Button>
        )
      }
      style={{ marginTop: 16 }}
    >
      <List
        size="small"
        dataSource={current}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('keyEnterprises.noCurrentLinks')} /> }}
        renderItem={(link) => <LinkItem key={link.id} link={link} onEnd={mayEnd(link) ? () => setEnding(link) : undefined} />}
      />
      {others.length > 0 && (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'history',
              label: t('keyEnterprises.otherLinks', { count: others.length }),
              children: <List size="small" dataSource={others} renderItem={(link) => <LinkItem key={link.id} link={link} onEnd={mayEnd(link) ? () => setEnding(link) : undefined} />} />,
            },
          ]}
        />
      )}
      {adding && <LinkFormModal enterpriseId={enterpriseId} onClose={() => setAdding(false)} />}
      {ending && <EndLinkModal link={ending} onClose={() => setEnding(null)} />}
    </Card>
  );
}
