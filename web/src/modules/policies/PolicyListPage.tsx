import { PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { guideStatuses, policyLevels, policyStates, usePolicyList, type GuideStatus, type PolicyLevel, type PolicyState } from './api.ts';
import { PolicyFormModal } from './PolicyFormModal.tsx';
import { GuideStatusTag, PolicyStateTag } from './PolicyTags.tsx';

const pageSize = 20;

/** 惠企政策: the library, latest issued first; staff also see drafts and each guide's deadline status. */
export function PolicyListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const staff = can(me, 'policy.read');
  const manages = can(me, 'policy.manage');
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<PolicyLevel>();
  const [state, setState] = useState<PolicyState>();
  const [guide, setGuide] = useState<GuideStatus>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, isFetching } = usePolicyList({ page, pageSize, ...(q ? { q } : {}), ...(level ? { level } : {}), ...(state ? { state } : {}), ...(guide ? { guide } : {}) });
  const reset = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t('policy.title')}
        extra={
          staff && (
            <Flex wrap gap={8}>
              <Link to="/policies/lists">
                <Button icon={<UnorderedListOutlined />}>{t('policy.lists.title')}</Button>
              </Link>
              {manages && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  {t('policy.newPolicy')}
                </Button>
              )}
            </Flex>
          )
        }
      >
        <Flex wrap gap={8} align="center">
          <Input.Search allowClear aria-label={t('policy.search')} placeholder={t('policy.search')} onSearch={reset(setQ)} style={{ width: 280, maxWidth: '100%' }} />
          <Select<PolicyLevel>
            allowClear
            aria-label={t('policy.filters.level')}
            placeholder={t('policy.filters.level')}
            value={level}
            onChange={reset(setLevel)}
            options={policyLevels.map((value) => ({ value, label: t(`policy.levels.${value}`) }))}
            style={{ width: 120 }}
          />
          {staff && (
            <>
              <Select<PolicyState>
                allowClear
                aria-label={t('policy.filters.state')}
                placeholder={t('policy.filters.state')}
                value={state}
                onChange={reset(setState)}
                options={policyStates.map((value) => ({ value, label: t(`policy.states.${value}`) }))}
                style={{ width: 120 }}
              />
              <Select<GuideStatus>
                allowClear
                aria-label={t('policy.filters.guide')}
                placeholder={t('policy.filters.guide')}
                value={guide}
                onChange={reset(setGuide)}
                options={guideStatuses.map((value) => ({ value, label: t(`policy.guideStatuses.${value}`) }))}
                style={{ width: 150 }}
              />
            </>
          )}
        </Flex>
      </PageHeader>
      <Card size="small">
        <List
          loading={isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('policy.empty') }}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: setPage, size: 'small', showSizeChanger: false }}
          renderItem={(policy) => (
            <List.Item key={policy.id}>
              <List.Item.Meta
                title={
                  <Link to={`/policies/${policy.id}`} style={{ overflowWrap: 'anywhere' }}>
                    {policy.title}
                  </Link>
                }
                description={
                  <Flex vertical gap={4}>
                    <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                      {[policy.issuer, policy.documentNumber, t('policy.list.issued', { day: policy.issuedOn })].filter(Boolean).join(' · ')}
                    </Typography.Text>
                    <Flex wrap gap={4}>
                      <Tag>{t(`policy.levels.${policy.level}`)}</Tag>
                      {staff && <PolicyStateTag state={policy.state} />}
                      {staff && <GuideStatusTag status={policy.guideStatus} dueAt={policy.guideDueAt} />}
                      <Tag>{t('policy.list.items', { count: policy.itemCount })}</Tag>
                    </Flex>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {creating && <PolicyFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
