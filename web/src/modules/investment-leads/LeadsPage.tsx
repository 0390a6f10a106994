import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Input, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { IndustryPicker } from '../enterprises/pickers.tsx';
import { leadPriorities, leadSources, leadStatuses, leadTabs, useLeads, type LeadPriority, type LeadSource, type LeadStatus, type LeadTab } from './api.ts';
import { LeadFormModal } from './LeadFormModal.tsx';
import { LeadList } from './LeadList.tsx';

/** 招商线索: mine, my team's, the pool and (for leaders) all, with filters and a search by enterprise name. */
export function LeadsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const works = can(me, 'lead.work');
  const readsAll = can(me, 'lead.readAll');
  // Officers start on their own leads; leaders and administrators, who read every team's, on all of them.
  const tabs: readonly LeadTab[] = works ? leadTabs.filter((tab) => tab !== 'all' || readsAll) : readsAll ? ['all', 'pool'] : ['pool'];
  const [params, setParams] = useSearchParams();
  const tab = (tabs as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as LeadTab) : tabs[0]!;
  const [source, setSource] = useState<LeadSource>();
  const [priority, setPriority] = useState<LeadPriority>();
  const [status, setStatus] = useState<LeadStatus>();
  const [industry, setIndustry] = useState<string>();
  const [due, setDue] = useState(params.get('due') === 'true');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, error, isFetching, refetch } = useLeads({ tab, source, priority, status, industry, due: due ? 'true' : undefined, q: q || undefined, page, pageSize: 20 });
  const filtered = Boolean(source || priority || status || industry || due || q);
  const reset = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('leads.title')}
        extra={
          works && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('leads.newLead')}
            </Button>
          )
        }
      >
        <Flex vertical gap={8}>
          <Segmented<LeadTab>
            value={tab}
            onChange={(value) => {
              setParams({ tab: value });
              setPage(1);
            }}
            options={tabs.map((value) => ({ value, label: t(`leads.tabs.${value}`) }))}
          />
          <Flex wrap gap={8}>
            <Input.Search allowClear placeholder={t('leads.filters.search')} onSearch={(value) => reset(setQ)(value.trim())} style={{ maxWidth: 280 }} />
            <Select
              allowClear
              value={source}
              onChange={reset(setSource)}
              placeholder={t('leads.filters.source')}
              aria-label={t('leads.filters.source')}
              options={leadSources.map((value) => ({ value, label: t(`leads.sources.${value}`) }))}
              style={{ minWidth: 130 }}
            />
            <Select
              allowClear
              value={priority}
              onChange={reset(setPriority)}
              placeholder={t('leads.filters.priority')}
              aria-label={t('leads.filters.priority')}
              options={leadPriorities.map((value) => ({ value, label: t(`leads.priorities.${value}`) }))}
              style={{ minWidth: 100 }}
            />
            <Select
              allowClear
              value={status}
              onChange={reset(setStatus)}
              placeholder={t('leads.filters.status')}
              aria-label={t('leads.filters.status')}
              options={leadStatuses.map((value) => ({ value, label: t(`leads.statuses.${value}`) }))}
              style={{ minWidth: 110 }}
            />
            <div style={{ minWidth: 200 }}>
              <IndustryPicker value={industry} onChange={reset(setIndustry)} placeholder={t('leads.filters.industry')} aria-label={t('leads.filters.industry')} />
            </div>
            <Checkbox checked={due} onChange={(event) => reset(setDue)(event.target.checked)}>
              {t('leads.filters.due')}
            </Checkbox>
          </Flex>
        </Flex>
      </PageHeader>
      <Card size="small">
        <LeadList
          page={data}
          loading={isFetching && !data}
          onPage={setPage}
          empty={<Empty description={filtered ? t('leads.list.noMatches') : t(`leads.list.empty.${tab}`)} />}
        />
      </Card>
      {creating && <LeadFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
