import { EditOutlined, MailOutlined, MergeCellsOutlined, PhoneOutlined, StarFilled } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Pagination, Space, Spin, Tabs, Timeline, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { canEditEnterprise } from './policy.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { webModules } from '../../app/modules.ts';
import { enterpriseCardsFor } from '../../app/navigation.ts';
import { diffRecords } from '../../components/audit-diff.ts';
import { AuditTrail } from '../../components/AuditTrail.tsx';
import { formatActor, formatDate, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { translateOr } from '../../i18n/index.ts';
import { enterpriseKeys, useEnterprise, useIndustryTree, useRegionTree, type Contact, type Enterprise } from './api.ts';
import { EnterpriseTags, formatCapital, ReferenceName, useReferenceNames } from './display.tsx';
import { MergeDialog } from './MergeDialog.tsx';

/** Set on the redirect from a merged-away record, so the user learns why they are looking at another one. */
interface MergedFrom {
  mergedFrom?: string;
}

function ContactList({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterprise.detail.noContacts')} />;
  return (
    <div className="contact-grid">
      {contacts.map((contact) => (
        <Card key={contact.id} size="small">
          <Typography.Text strong translate="no">
            {contact.name}
          </Typography.Text>
          {contact.isPrimary && (
            <Typography.Text type="warning" className="contact-primary">
              <StarFilled /> {t('enterprise.contact.isPrimary')}
            </Typography.Text>
          )}
          {contact.title && (
            <div className="contact-line" translate="no">
              {contact.title}
            </div>
          )}
          {contact.phone && (
            <div className="contact-line">
              <PhoneOutlined /> <a href={`tel:${contact.phone}`}>{contact.phone}</a>
            </div>
          )}
          {contact.email && (
            <div className="contact-line">
              <MailOutlined /> <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </div>
          )}
        </Card>
      ))}
    </div>
  );
}

interface AuditDetails {
  before?: unknown;
  after?: unknown;
  /** A source's own line of plain text under the title (who was linked, and when). */
  line?: unknown;
}

// What a merge event records about the other record: context, not a change of this one.
const mergeContext = new Set(['duplicate', 'survivor']);

/** A change of the record lists the fields it changed; the full diff is under 修改历史. Other events say what they carry. */
function TimelineDetails({ details }: { details: unknown }) {
  const { t } = useTranslation();
  if (!details || typeof details !== 'object') return null;
  const { before, after, line } = details as AuditDetails;
  if (typeof line === 'string' && line) return <div className="timeline-details">{line}</div>;
  if (before === undefined && after === undefined) return null;
  const fields = diffRecords(before, after)
    .filter((change) => !mergeContext.has(change.field))
    .map((change) => translateOr(`enterprise.fields.${change.field}`, change.field));
  if (before === null || before === undefined || fields.length === 0) return null;
  return <div className="timeline-details">{t('enterprise.detail.changedFields', { fields: [...new Set(fields)].join(t('common.listSeparator')) })}</div>;
}

const timelinePageSize = 20;

function EnterpriseTimeline({ id }: { id: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, error, refetch } = useQuery({
    queryKey: enterpriseKeys.timeline(id, page),
    queryFn: () => api.GET('/api/enterprises/{id}/timeline', { params: { path: { id }, query: { page, pageSize: timelinePageSize } } }),
    placeholderData: keepPreviousData,
  });
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (!data) return <Spin />;
  if (data.total === 0) return <Empty description={t('enterprise.detail.noTimeline')} />;
  return (
    <>
      <Timeline
        items={data.items.map((entry, index) => {
          const actor = formatActor(entry.actorName, t('history.system'));
          return {
            key: `${entry.at}-${index}`,
            content: (
              <>
                <Typography.Text strong>{entry.title}</Typography.Text>
                <div className="timeline-meta">
                  {formatDateTime(entry.at)}
                  {actor && (
                    <>
                      {' · '}
                      <span translate={entry.actorName === 'system' ? undefined : 'no'}>{actor}</span>
                    </>
                  )}
                </div>
                <TimelineDetails details={entry.details} />
              </>
            ),
          };
        })}
      />
      {data.total > timelinePageSize && <Pagination size="small" current={page} pageSize={timelinePageSize} total={data.total} onChange={setPage} showSizeChanger={false} />}
    </>
  );
}

function findByCode<T extends { code: string; name: string; children?: T[] }>(nodes: readonly T[], code: string): T[] | undefined {
  for (const node of nodes) {
    if (node.code === code) return [node];
    const below = node.children && findByCode(node.children, code);
    if (below) return [node, ...below];
  }
  return undefined;
}

/** The record's audit trail, with codes and enums worded as the detail page words them. */
function EnterpriseHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: industries } = useIndustryTree();
  const { data: regions } = useRegionTree();
  const words = { empty: '—', yes: t('common.yes'), no: t('common.no'), separator: t('common.listSeparator') };

  function formatValue(field: string, value: unknown): string | undefined {
    if (value === null || value === undefined) return undefined;
    if (field === 'sizeClass' && typeof value === 'string') return translateOr(`sizeClass.${value}`, value);
    if (field === 'registeredCapitalWan' && typeof value === 'number') return formatCapital(value, t);
    if (field === 'industryCode' && typeof value === 'string') {
      const path = industries && findByCode(industries, value);
      return path ? `${value} ${path[path.length - 1]?.name ?? ''}` : value;
    }
    if (field === 'regionCode' && typeof value === 'string') {
      const path = regions && findByCode(regions, value);
      return path ? path.map((node) => node.name).join(' / ') : value;
    }
    if (field === 'mergedIntoId') return t('common.yes');
    if (field === 'contacts' && Array.isArray(value)) {
      return (value as Omit<Contact, 'id'>[])
        .map((contact) => {
          const extra = [contact.title, contact.phone, contact.email, contact.isPrimary ? t('enterprise.contact.isPrimary') : null].filter(Boolean);
          return extra.length ? `${contact.name}（${extra.join(', ')}）` : contact.name;
        })
        .join(words.separator);
    }
    return undefined;
  }

  return (
    <AuditTrail
      queryKey={enterpriseKeys.history(id)}
      load={(page, pageSize) => api.GET('/api/enterprises/{id}/history', { params: { path: { id }, query: { page, pageSize } } })}
      fieldLabel={(field) => translateOr(`enterprise.fields.${field}`, field)}
      formatValue={formatValue}
    />
  );
}

function EnterpriseFields({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  // On a phone, labels above values: a label column would leave the values a sliver.
  const isMobile = useIsMobile();
  const names = useReferenceNames();
  return (
    <Descriptions
      bordered={!isMobile}
      layout={isMobile ? 'vertical' : 'horizontal'}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'creditCode', label: t('enterprise.fields.creditCode'), children: enterprise.creditCode ?? '—' },
        { key: 'sizeClass', label: t('enterprise.fields.sizeClass'), children: enterprise.sizeClass ? t(`sizeClass.${enterprise.sizeClass}`) : '—' },
        {
          key: 'industry',
          label: t('enterprise.fields.industry'),
          children: enterprise.industryCode ? (
            <>
              <ReferenceName path={names.industryPath(enterprise.industryCode, enterprise.industryPath)} /> ({enterprise.industryCode})
            </>
          ) : (
            '—'
          ),
          span: { xs: 1, sm: 1, md: 2 },
        },
        { key: 'region', label: t('enterprise.fields.region'), children: <ReferenceName path={names.regionPath(enterprise.regionCode, enterprise.regionPath)} /> },
        { key: 'address', label: t('enterprise.fields.address'), children: <span translate="no">{enterprise.address ?? '—'}</span> },
        { key: 'capital', label: t('enterprise.fields.registeredCapitalWan'), children: formatCapital(enterprise.registeredCapitalWan, t) },
        { key: 'foundedOn', label: t('enterprise.fields.foundedOn'), children: formatDate(enterprise.foundedOn) },
        {
          key: 'formerNames',
          label: t('enterprise.fields.formerNames'),
          children: <span translate="no">{enterprise.formerNames.join(t('common.listSeparator')) || '—'}</span>,
        },
        { key: 'tags', label: t('enterprise.fields.tags'), children: enterprise.tags.length ? <EnterpriseTags tags={enterprise.tags} /> : '—' },
        { key: 'createdAt', label: t('enterprise.fields.createdAt'), children: formatDateTime(enterprise.createdAt) },
        { key: 'updatedAt', label: t('enterprise.fields.updatedAt'), children: formatDateTime(enterprise.updatedAt) },
      ]}
    />
  );
}

export function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  const { data: enterprise, error, refetch } = useEnterprise(id);
  const [merging, setMerging] = useState(false);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (!enterprise) return <PageLoading />;
  if (enterprise.mergedIntoId) {
    return <Navigate to={`/enterprises/${enterprise.mergedIntoId}`} replace state={{ mergedFrom: enterprise.name } satisfies MergedFrom} />;
  }

  const mergedFrom = (location.state as MergedFrom | null)?.mergedFrom;
  const canEdit = canEditEnterprise(me, enterprise.id);
  const canMerge = can(me, 'enterprise.merge');

  return (
    <>
      <PageHeader
        title={<span translate="no">{enterprise.name}</span>}
        extra={
          <Space wrap>
            {canMerge && (
              <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)}>
                {t('enterprise.merge.action')}
              </Button>
            )}
            {canEdit && (
              <Link to={`/enterprises/${enterprise.id}/edit`}>
                <Button type="primary" icon={<EditOutlined />}>
                  {t('common.edit')}
                </Button>
              </Link>
            )}
          </Space>
        }
      >
        {enterprise.formerNames.length > 0 && (
          <Typography.Text type="secondary">
            {t('enterprise.detail.formerlyKnownAs', { names: enterprise.formerNames.join(t('common.listSeparator')) })}
          </Typography.Text>
        )}
      </PageHeader>
      {mergedFrom && <Alert type="info" showIcon closable title={t('enterprise.detail.redirectedFromMerged', { name: mergedFrom })} style={{ marginBottom: 16 }} />}
      <Card>
        <EnterpriseFields enterprise={enterprise} />
      </Card>
      <Card title={t('enterprise.fields.contacts')} style={{ marginTop: 16 }}>
        <ContactList contacts={enterprise.contacts} />
      </Card>
      {enterpriseCardsFor(me, webModules).map(({ key, card: ModuleCard }) => (
        <Suspense key={key} fallback={null}>
          <ModuleCard enterpriseId={enterprise.id} />
        </Suspense>
      ))}
      <Card style={{ marginTop: 16 }}>
        <Tabs
          items={[
            { key: 'timeline', label: t('enterprise.detail.timeline'), children: <EnterpriseTimeline id={enterprise.id} /> },
            {
              key: 'history',
              label: t('enterprise.detail.history'),
              children: <EnterpriseHistory id={enterprise.id} />,
            },
          ]}
        />
      </Card>
      {merging && <MergeDialog survivor={enterprise} onClose={() => setMerging(false)} />}
    </>
  );
}
