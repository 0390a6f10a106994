import { Card, Empty, Flex, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { dealStates, introductionStates, useDeals, useIntroductions, type DealState, type IntroductionState } from './api.ts';
import { DealList } from './DealList.tsx';
import { IntroductionList } from './IntroductionList.tsx';
import { ProposeIntroductionButton } from './ProposeIntroductionButton.tsx';

type View = 'awaiting' | 'introductions' | 'deals';
const pageSize = 20;

/**
 * 对接与交易: an owner's inbox of introductions waiting for their decision, the organisation's introductions and its
 * deals; for the operator, every introduction and deal to broker, filtered by state or stage, and proposals.
 */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const broker = can(me, 'deal.broker');
  const [view, setView] = useState<View>(broker ? 'introductions' : 'awaiting');
  const [introductionState, setIntroductionState] = useState<IntroductionState | undefined>(broker ? 'requested' : undefined);
  const [dealState, setDealState] = useState<DealState | undefined>();
  const [page, setPage] = useState(1);
  const introductions = useIntroductions({ awaitingMe: view === 'awaiting', state: view === 'introductions' ? introductionState : undefined, page, pageSize }, view !== 'deals');
  const deals = useDeals({ state: dealState, page, pageSize }, view === 'deals');
  const current = view === 'deals' ? deals : introductions;
  const views: View[] = me.enterpriseId ? ['awaiting', 'introductions', 'deals'] : ['introductions', 'deals'];
  const show = (next: View) => {
    setView(next);
    setPage(1);
  };

  return (
    <>
      <PageHeader title={t(broker ? 'marketDeals.brokering.title' : 'marketDeals.inbox.title')} extra={broker && <ProposeIntroductionButton />} />
      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Segmented<View> value={view} onChange={show} options={views.map((value) => ({ value, label: t(`marketDeals.views.${value}`) }))} />
          {view === 'introductions' && (
            <Select
              allowClear
              style={{ minWidth: 140 }}
              value={introductionState}
              placeholder={t('marketDeals.allStates')}
              onChange={(value) => {
                setIntroductionState(value);
                setPage(1);
              }}
              options={introductionStates.map((value) => ({ value, label: t(`marketDeals.states.${value}`) }))}
            />
          )}
          {view === 'deals' && (
            <Select
              allowClear
              style={{ minWidth: 140 }}
              value={dealState}
              placeholder={t('marketDeals.allStages')}
              onChange={(value) => {
                setDealState(value);
                setPage(1);
              }}
              options={dealStates.map((value) => ({ value, label: t(`marketDeals.stages.${value}`) }))}
            />
          )}
        </Flex>
        {current.error ? (
          <ErrorResult error={current.error} onRetry={() => void current.refetch()} />
        ) : view === 'deals' ? (
          <DealList page={deals.data} loading={deals.isFetching} empty={<Empty description={t('marketDeals.emptyDeals')} />} onPage={setPage} />
        ) : (
          <IntroductionList
            page={introductions.data}
            loading={introductions.isFetching}
            empty={<Empty description={t(view === 'awaiting' ? 'marketDeals.inbox.empty' : 'marketDeals.emptyIntroductions')} />}
            onPage={setPage}
          />
        )}
      </Card>
    </>
  );
}
