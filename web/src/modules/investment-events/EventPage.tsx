import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, List, Modal, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { formatWan } from '../investment-projects/api.ts';
import { StageTag } from '../investment-projects/StageTag.tsx';
import { formatRate, useEvent, type EventDetail, type LandingStep } from './api.ts';
import { EventFormModal } from './EventFormModal.tsx';

const trackerSteps = ['registered', 'started', 'producing', 'atCapacity', 'terminated'] as const;
type TrackerStep = (typeof trackerSteps)[number];

/** A project's name, a link only for a project the reader may open. */
function ProjectName({ project }: { project: { id: string; name: string; mayOpen: boolean } }) {
  return project.mayOpen ? <Link to={`/projects/${project.id}`}>{project.name}</Link> : <Typography.Text>{project.name}</Typography.Text>;
}

/** Where a project signed here again was counted: at an event (linked) or on a day. */
function CountedElsewhere({ at }: { at: NonNullable<EventDetail['signings'][number]['countedAt']> }) {
  const { t } = useTranslation();
  return (
    <Tag>
      {t('events.page.alreadyCounted')}
      {' '}
      {at.event ? <Link to={`/events/${at.event.id}`}>{at.event.name}</Link> : at.signedOn}
    </Tag>
  );
}

/** One event: what was signed there, the projects counted there by sector, and how far they have landed since. */
export function EventPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data: event, error, isPending, refetch } = useEvent(id);
  const [editing, setEditing] = useState(false);
  const [drill, setDrill] = useState<TrackerStep | null>(null);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !event) return <Skeleton active />;
  const wan = (amount: number) => formatWan(amount, i18n.language);
  const step = (name: TrackerStep): LandingStep => event.landing[name];

  return (
    <>
      <PageHeader
        title={event.name}
        extra={
          <Flex gap={8}>
            {event.mayEdit && <Button onClick={() => setEditing(true)}>{t('events.page.edit')}</Button>}
            <Link to="/events">
              <Button icon={<ArrowLeftOutlined />}>{t('events.back')}</Button>
            </Link>
          </Flex>
        }
      >
        <Tag>{t(`events.kinds.${event.kind}`)}</Tag>
      </PageHeader>
      <Flex wrap gap={16} align="flex-start">
        <Card size="small" title={t('events.page.details')} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('events.fields.heldOn')}>{event.heldOn}</Descriptions.Item>
            <Descriptions.Item label={t('events.fields.place')}>{[event.city, event.venue].filter(Boolean).join(' ')}</Descriptions.Item>
            <Descriptions.Item label={t('events.fields.organiser')}>{[event.organiser, event.organiserTeamName].filter(Boolean).join(' · ') || '—'}</Descriptions.Item>
            {event.notes && (
              <Descriptions.Item label={t('events.fields.notes')}>
                <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{event.notes}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Card size="small" title={t('events.page.totals')} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Flex wrap gap={24}>
            <Statistic title={t('events.page.countedProjects')} value={event.totals.projects} />
            <Statistic title={t('events.page.countedAmount')} value={wan(event.totals.amountWan)} />
            <Statistic title={t('events.page.unverified')} value={`${event.totals.unverifiedProjects} · ${wan(event.totals.unverifiedAmountWan)}`} />
          </Flex>
          <Table
            rowKey={(row) => row.code ?? 'none'}
            size="small"
            pagination={false}
            style={{ marginTop: 12 }}
            scroll={{ x: 360 }}
            dataSource={event.totals.sectors}
            locale={{ emptyText: t('events.page.noneCounted') }}
            columns={[
              { key: 'sector', title: t('events.page.sector'), render: (_, s) => (s.code ? `${s.code} ${s.name ?? ''}` : t('events.page.noSector')) },
              { key: 'projects', title: t('events.page.projects'), align: 'right', dataIndex: 'projects' },
              { key: 'amount', title: t('events.page.amountWan'), align: 'right', render: (_, s) => wan(s.amountWan) },
              { key: 'unverified', title: t('events.page.unverifiedShort'), align: 'right', render: (_, s) => `${s.unverifiedProjects} · ${wan(s.unverifiedAmountWan)}` },
            ]}
          />
        </Card>
      </Flex>
      <Card size="small" title={t('events.page.tracker', { count: event.landing.counted })} style={{ marginTop: 16 }}>
        <Flex wrap gap={12}>
          {trackerSteps.map((name) => (
            <Button key={name} onClick={() => setDrill(name)} style={{ height: 'auto', padding: '8px 16px' }} data-step={name}>
              <Flex vertical align="center">
                <span>{t(`events.steps.${name}`)}</span>
                <Typography.Text strong>
                  {step(name).count} · {formatRate(step(name).rate, i18n.language)}
                </Typography.Text>
              </Flex>
            </Button>
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t('events.page.signings')} style={{ marginTop: 16 }}>
        {event.signings.length ? (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 640 }}
            dataSource={event.signings}
            columns={[
              { key: 'project', title: t('events.page.project'), render: (_, s) => <ProjectName project={s.project} /> },
              { key: 'enterprise', title: t('events.page.enterprise'), render: (_, s) => s.project.enterpriseName },
              { key: 'sector', title: t('events.page.sector'), render: (_, s) => s.project.sectionName ?? '—' },
              { key: 'on', title: t('events.page.signedOn'), dataIndex: 'signedOn' },
              { key: 'amount', title: t('events.page.signingAmount'), align: 'right', render: (_, s) => wan(s.amountWan) },
              {
                key: 'counted',
                title: t('events.page.counted'),
                render: (_, s) =>
                  s.counted ? (
                    <Flex wrap gap={4}>
                      <Tag color="blue">{t('events.page.countedHere', { amount: wan(s.countedAmountWan ?? 0) })}</Tag>
                      {s.verification === 'unverified' && <Tag>{t('events.page.unverifiedShort')}</Tag>}
                    </Flex>
                  ) : (
                    s.countedAt && <CountedElsewhere at={s.countedAt} />
                  ),
              },
              { key: 'stage', title: t('events.page.stage'), render: (_, s) => <StageTag stage={s.project.stage} /> },
            ]}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.page.noSignings')} />
        )}
      </Card>
      {editing && <EventFormModal event={event} onClose={() => setEditing(false)} />}
      {drill && (
        <Modal open title={`${t(`events.steps.${drill}`)} · ${event.name}`} footer={null} onCancel={() => setDrill(null)}>
          <List
            dataSource={step(drill).projects}
            locale={{ emptyText: t('events.page.noneReached') }}
            renderItem={(project) => (
              <List.Item key={project.id}>
                <ProjectName project={project} />
                <StageTag stage={project.stage} />
              </List.Item>
            )}
          />
        </Modal>
      )}
    </>
  );
}
