import { List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../components/format.ts';
import { DecisionButtons } from './DecisionButtons.tsx';
import { dealColors, introductionColors, type IntroductionPage, type IntroductionSummary } from './api.ts';

/**
 * Introductions as one column of rows, which fits a phone: the listing, who asks (or the operator's proposal), the
 * demand, the state or the deal's stage; the decision buttons on those waiting for the reader.
 */
export function IntroductionList({ page, loading, empty, onPage }: { page: IntroductionPage | undefined; loading: boolean; empty: ReactNode; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = (introduction: IntroductionSummary) => void navigate(introduction.deal ? `/market/deals/${introduction.deal.id}` : `/market/introductions/${introduction.id}`);
  return (
    <List<IntroductionSummary>
      loading={loading}
      dataSource={page?.items}
      locale={{ emptyText: empty }}
      pagination={
        page && page.total > page.pageSize
          ? { current: page.page, pageSize: page.pageSize, total: page.total, onChange: onPage, size: 'small', showSizeChanger: false }
          : false
      }
      renderItem={(introduction) => (
        <List.Item key={introduction.id} onClick={() => open(introduction)} style={{ cursor: 'pointer', paddingInline: 8, flexWrap: 'wrap', gap: 8 }}>
          <List.Item.Meta
            // Wide enough to read; on a phone the decision buttons wrap under it.
            style={{ minWidth: 240 }}
            title={
              <a href={`/market/introductions/${introduction.id}`} onClick={(event) => event.preventDefault()}>
                {introduction.listing.title}
              </a>
            }
            description={
              <>
                {introduction.deal ? (
                  <Tag color={dealColors[introduction.deal.state]}>{t(`marketDeals.stages.${introduction.deal.state}`)}</Tag>
                ) : (
                  <Tag color={introductionColors[introduction.state]}>{t(`marketDeals.states.${introduction.state}`)}</Tag>
                )}
                {introduction.origin === 'proposal' && <Tag>{t('marketDeals.proposal')}</Tag>}
                {introduction.declineReason && <Tag>{t(`marketDeals.reasons.${introduction.declineReason}`)}</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                  {introduction.party.name} → {introduction.listing.owner.name}
                  {introduction.demand && ` · ${t('marketDeals.demand')}：${introduction.demand.title}`} · {formatDateTime(introduction.createdAt)}
                </Typography.Text>
              </>
            }
          />
          {introduction.canDecide && <DecisionButtons id={introduction.id} />}
        </List.Item>
      )}
    />
  );
}
