import { ArrowLeftOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Drawer, Empty, Flex, Input, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { download } from '../../../app/api.ts';
import { can } from '../../../app/access.ts';
import { useMe } from '../../../app/auth.tsx';
import { describeError } from '../../../components/describe-error.ts';
import { formatDateTime } from '../../../components/format.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useIsMobile } from '../../../components/use-is-mobile.ts';
import { ErrorResult } from '../../../components/results.tsx';
import { useEdition } from '../api.ts';
import { LandingSupportModal } from '../results/LandingSupportModal.tsx';
import { entrySources, entryStateColors, entryStates, useEntry, useRoundEntries, useSetEligibility, type EntrySummary, type RoundEntryFilters } from './entries-api.ts';
import { OnBehalfModal } from './OnBehalfModal.tsx';

const pageSize = 20;

/** One entry with its files, the organisers' eligibility decision with their reasons, and its landing support. */
function EntryDrawer({ editionId, entryId, manages, onClose }: { editionId: string; entryId: string | null; manages: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const entry = useEntry(entryId);
  const setEligibility = useSetEligibility(entryId ?? '');
  const [reason, setReason] = useState('');
  const data = entry.data;
  const decide = (body: { eligible: true } | { eligible: false; reasons: string[] }) =>
    setEligibility.mutateAsync(body).then(() => setReason('')).catch((error: unknown) => void message.error(describeError(error, t)));
  return (
    <Drawer open={entryId !== null} onClose={onClose} title={data ? `${data.number} ${data.projectName}` : ''} width={isMobile ? '100%' : 560}>
      {entry.error && <ErrorResult error={entry.error} />}
      {entry.isPending && entryId && <Skeleton active />}
      {data && (
        <Flex vertical gap={12}>
          <Tag color={entryStateColors[data.state]} style={{ alignSelf: 'flex-start' }}>{t(`competition.entries.states.${data.state}`)}</Tag>
          {data.reasons.length > 0 && <Typography.Text type="danger">{t('competition.entries.reasons')}: {data.reasons.join('; ')}</Typography.Text>}
          {/* On a phone, labels above values: a label column would leave the values a sliver. */}
          <Descriptions size="small" column={1} bordered={!isMobile} layout={isMobile ? 'vertical' : 'horizontal'} styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('competition.entries.fields.organisationName')}>
              <Link to={`/enterprises/${data.enterpriseId}`}>{data.organisationName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('competition.entries.fields.track')}>{data.trackName}</Descriptions.Item>
            <Descriptions.Item label={t('competition.entries.fields.stage')}>{t(`competition.entries.stages.${data.stage}`)}</Descriptions.Item>
            <Descriptions.Item label={t('competition.entries.fields.financing')}>
              {t(`competition.entries.financingRounds.${data.financing}`)}
              {data.financingWan !== null ? ` · ${data.financingWan}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('competition.entries.fields.teamSize')}>{data.teamSize}</Descriptions.Item>
            <Descriptions.Item label={t('competition.entries.fields.teamSummary')}>{data.teamSummary}</Descriptions.Item>
            <Descriptions.Item label={t('competition.entries.fields.summary')}>{data.summary}</Descriptions.Item>
            <Descriptions.Item label={t('competition.entries.fields.contactName')}>
              {[data.contactName, data.contactPhone, data.contactEmail].filter(Boolean).join(' · ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('competition.entries.fields.source')}>{t(`competition.entries.sources.${data.source}`)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('competition.entries.files')}</Typography.Title>
          {data.files.length === 0 ? (
            <Typography.Text type="secondary">{t('competition.entries.noFiles')}</Typography.Text>
          ) : (
            data.files.map((file) => (
              <Button key={file.id} icon={<DownloadOutlined />} style={{ alignSelf: 'flex-start' }} onClick={() => void download(`/api/attachments/${file.id}/content`, file.fileName)}>
                {t(`competition.entries.fileKinds.${file.kind === 'competition-plan' ? 'businessPlan' : 'pitchDeck'}`)}: {file.fileName}
              </Button>
            ))
          )}
          {data.actions.includes('markIneligible') && (
            <Space.Compact style={{ width: '100%' }}>
              <Input value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} placeholder={t('competition.entries.reasonPlaceholder')} />
              <Button danger disabled={!reason.trim()} loading={setEligibility.isPending} onClick={() => void decide({ eligible: false, reasons: [reason.trim()] })}>
                {t('competition.entries.markIneligible')}
              </Button>
            </Space.Compact>
          )}
          {data.actions.includes('markEligible') && (
            <Button type="primary" loading={setEligibility.isPending} onClick={() => void decide({ eligible: true })} style={{ alignSelf: 'flex-start' }}>
              {t('competition.entries.markEligible')}
            </Button>
          )}
          <Typography.Title level={5}>{t('competition.entries.landingSupport')}</Typography.Title>
          <LandingSupportModal editionId={editionId} entryId={data.id} manages={manages} />
        </Flex>
      )}
    </Drawer>
  );
}

/** A round's entries for its organisers and staff: filters, search, pages, each entry's detail, the export, and organisers' registrations for entrants. */
export function RoundEntriesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '', roundId = '' } = useParams();
  const edition = useEdition(id);
  const [filters, setFilters] = useState<RoundEntryFilters>({ page: 1, pageSize });
  const [open, setOpen] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const manages = can(useMe(), 'competition.manage');
  const isMobile = useIsMobile();
  // On a phone the search takes a row and the three filters share the next ones, rather than leaving gaps.
  const filterStyle = (width: number) => (isMobile ? { flex: `1 1 ${width}px`, minWidth: 0 } : { width });
  const entries = useRoundEntries(id, roundId, filters);
  const round = edition.data?.rounds.find((candidate) => candidate.id === roundId);
  const change = (next: Partial<RoundEntryFilters>) => setFilters((current) => ({ ...current, page: 1, ...next }));
  const { page: _page, pageSize: _size, ...exportFilters } = filters;

  if (entries.error) return <ErrorResult error={entries.error} onRetry={() => void entries.refetch()} />;
  const filtered = Boolean(filters.q || filters.state || filters.source || filters.trackId);
  return (
    <>
      <PageHeader
        title={round ? `${round.name} · ${t('competition.entries.listTitle')}` : t('competition.entries.listTitle')}
        extra={
          <Flex gap={8} wrap>
            <Link to={`/competition/${id}`}>
              <Button icon={<ArrowLeftOutlined />}>{edition.data?.name ?? ''}</Button>
            </Link>
            {manages && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                {t('competition.entries.onBehalf')}
              </Button>
            )}
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                void download(`/api/competition/editions/${id}/rounds/${roundId}/entries/export`, 'entries.xlsx', exportFilters).catch((error: unknown) => void message.error(describeError(error, t)))
              }
            >
              {t('competition.entries.export')}
            </Button>
          </Flex>
        }
      >
        <Flex wrap gap={8}>
          <Input.Search
            allowClear
            aria-label={t('competition.entries.search')}
            placeholder={t('competition.entries.search')}
            onSearch={(q) => change({ q: q || undefined })}
            style={isMobile ? { width: '100%' } : { width: 260 }}
          />
          <Select
            allowClear
            aria-label={t('competition.entries.fields.track')}
            placeholder={t('competition.entries.fields.track')}
            style={filterStyle(140)}
            onChange={(trackId?: string) => change({ trackId })}
            options={edition.data?.tracks.map((track) => ({ value: track.id, label: track.name })) ?? []}
          />
          <Select
            allowClear
            aria-label={t('competition.entries.fields.state')}
            placeholder={t('competition.entries.fields.state')}
            style={filterStyle(120)}
            onChange={(state?: RoundEntryFilters['state']) => change({ state })}
            options={entryStates.map((state) => ({ value: state, label: t(`competition.entries.states.${state}`) }))}
          />
          <Select
            allowClear
            aria-label={t('competition.entries.fields.source')}
            placeholder={t('competition.entries.fields.source')}
            style={filterStyle(140)}
            onChange={(source?: RoundEntryFilters['source']) => change({ source })}
            options={entrySources.map((source) => ({ value: source, label: t(`competition.entries.sources.${source}`) }))}
          />
        </Flex>
      </PageHeader>
      <Table<EntrySummary>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={entries.isFetching}
        dataSource={entries.data?.items ?? []}
        locale={{ emptyText: <Empty description={t(filtered ? 'competition.entries.noMatches' : 'competition.entries.emptyRound')} /> }}
        onRow={(entry) => ({ onClick: () => setOpen(entry.id), style: { cursor: 'pointer' } })}
        pagination={{ current: filters.page, pageSize, total: entries.data?.total ?? 0, showSizeChanger: false, onChange: (page) => setFilters((current) => ({ ...current, page })) }}
        columns={[
          // Kept in sight while a phone scrolls the table sideways, so each row stays known by its number.
          { key: 'number', title: t('competition.entries.fields.number'), dataIndex: 'number', fixed: 'left' },
          { key: 'project', title: t('competition.entries.fields.projectName'), dataIndex: 'projectName' },
          { key: 'organisation', title: t('competition.entries.fields.organisationName'), dataIndex: 'organisationName' },
          { key: 'track', title: t('competition.entries.fields.track'), dataIndex: 'trackName' },
          { key: 'source', title: t('competition.entries.fields.source'), render: (_, entry) => t(`competition.entries.sources.${entry.source}`) },
          { key: 'state', title: t('competition.entries.fields.state'), render: (_, entry) => <Tag color={entryStateColors[entry.state]}>{t(`competition.entries.states.${entry.state}`)}</Tag> },
          { key: 'createdAt', title: t('competition.entries.registeredAt'), render: (_, entry) => formatDateTime(entry.createdAt) },
          {
            key: 'landingSupport',
            title: t('competition.entries.landingSupport'),
            render: (_, entry) =>
              entry.landingSupport.map((kind) => (
                <Tag key={kind} color="purple">
                  {t(`competitionResults.supportKinds.${kind}`)}
                </Tag>
              )),
          },
        ]}
      />
      <EntryDrawer editionId={id} entryId={open} manages={manages} onClose={() => setOpen(null)} />
      {registering && <OnBehalfModal editionId={id} roundId={roundId} tracks={edition.data?.tracks ?? []} onClose={() => setRegistering(false)} />}
    </>
  );
}
