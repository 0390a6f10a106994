import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { Attachments } from '../../components/Attachments.tsx';
import { formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { CreditsCard } from './CreditsCard.tsx';
import { formatWan, useProject, type MoveAction, type Project, type ProjectStage } from './api.ts';
import { MoveModal, useMoveLabel } from './MoveModal.tsx';
import { ProjectFormModal } from './ProjectFormModal.tsx';
import { ChangeAmountModal, ResignModal } from './SigningModals.tsx';
import { StagePicker } from './StagePicker.tsx';
import { StageTag, useStageName } from './StageTag.tsx';
import { StageHistory } from '../../components/StageHistory.tsx';

// The talent module's card of the people and teams who come with the project, loaded when first shown.
const ProjectTalentCard = lazy(() => import('../investment-talent/ProjectTalentCard.tsx').then((m) => ({ default: m.ProjectTalentCard })));

/** One project: details, the stage and its moves, signings and amount history, days in each stage, files. */
export function ProjectPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const { data: project, error, isPending, refetch } = useProject(id);
  const stageName = useStageName();
  const moveLabel = useMoveLabel();
  const [dialog, setDialog] = useState<'edit' | 'resign' | 'changeAmount' | null>(null);
  const [moving, setMoving] = useState<MoveAction | null>(null);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !project) return <Skeleton active />;
  const has = (action: Project['actions'][number]) => project.actions.includes(action);
  const wan = (amount: number | null) => (amount === null ? '—' : t('projects.list.amount', { amount: formatWan(amount, i18n.language) }));

  return (
    <>
      <PageHeader
        title={project.name}
        extra={
          <Link to="/projects">
            <Button icon={<ArrowLeftOutlined />}>{t('projects.back')}</Button>
          </Link>
        }
      >
        <Flex wrap gap={4} align="center">
          <StageTag stage={project.stage} />
          {project.kind === 'capitalIncrease' && <Tag color="cyan">{t('projects.kinds.capitalIncrease')}</Tag>}
          {project.stalled ? <Tag color="volcano">{t('projects.list.stalled', { days: project.daysInStage })}</Tag> : <Tag>{t('projects.list.days', { days: project.daysInStage })}</Tag>}
          {project.managerOnly && <Tag>{t('projects.fields.managerOnly')}</Tag>}
        </Flex>
      </PageHeader>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} align="center">
        <StagePicker project={project} allowed={project.actions} />
        {has('hold') && (
          <Button onClick={() => setMoving('hold')}>{moveLabel('hold')}</Button>
        )}
        {project.actions.filter((a) => a.startsWith('resume-')).map((action) => (
          <Button key={action} type="primary" onClick={() => setMoving(action as MoveAction)}>
            {moveLabel(action as MoveAction)}
          </Button>
        ))}
        {has('edit') && <Button onClick={() => setDialog('edit')}>{t('projects.actions.edit')}</Button>}
        {has('resign') && <Button onClick={() => setDialog('resign')}>{t('projects.actions.resign')}</Button>}
        {has('changeAmount') && <Button onClick={() => setDialog('changeAmount')}>{t('projects.actions.changeAmount')}</Button>}
        {has('terminate') && (
          <Button danger onClick={() => setMoving('terminate')}>
            {moveLabel('terminate')}
          </Button>
        )}
      </Flex>
      <Flex wrap gap={16} align="flex-start">
        <Card size="small" title={t('projects.page.details')} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('projects.fields.enterprise')}>
              <Link to={`/enterprises/${project.enterpriseId}`}>{project.enterpriseName}</Link>
            </Descriptions.Item>
            {project.registeredEnterpriseId && (
              <Descriptions.Item label={t('projects.fields.registeredEnterprise')}>
                <Link to={`/enterprises/${project.registeredEnterpriseId}`}>{project.registeredEnterpriseName}</Link>
              </Descriptions.Item>
            )}
            {project.originVisit && (
              <Descriptions.Item label={t('projects.page.fromVisit')}>
                <Link to={`/visits/${project.originVisit.id}`}>{[project.originVisit.visitedOn, project.originVisit.place].filter(Boolean).join(' ')}</Link>
              </Descriptions.Item>
            )}
            {project.leadId && (
              <Descriptions.Item label={t('projects.fields.lead')}>
                <Link to={`/leads/${project.leadId}`}>{t('projects.page.openLead')}</Link>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('projects.fields.kind')}>
              {t(`projects.kinds.${project.kind}`)}
              {project.increaseOfProjectId && (
                <>
                  {' · '}
                  <Link to={`/projects/${project.increaseOfProjectId}`}>{t('projects.page.increaseOf')}</Link>
                </>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.industry')}>{project.industryCode ? `${project.industryCode} ${project.industryName ?? ''}` : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.region')}>{project.regionName ?? project.regionCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.landing')}>
              {project.landing ? (
                <>
                  <Link to={`/sites/${project.landing.siteId}`}>{project.landing.siteName}</Link>
                  {[project.landing.buildingName, project.landing.floorLabel, project.landing.unitCode].filter(Boolean).map((part) => ` · ${part}`)}
                </>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.manager')}>{project.managerName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.team')}>{project.teamName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.nextFollowUpOn')}>{project.nextFollowUpOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('projects.fields.agreedAmountWan')}>
              {wan(project.agreedAmountWan)}
              {project.verification && (
                <Tag color={project.verification === 'verified' ? 'green' : 'default'} style={{ marginInlineStart: 4 }}>
                  {t(`projects.verification.${project.verification}`)}
                </Tag>
              )}
            </Descriptions.Item>
            {project.kind === 'capitalIncrease' && project.agreedAmountWan !== null && (
              <Descriptions.Item label={t('projects.fields.countedAmountWan')}>{wan(project.countedAmountWan)}</Descriptions.Item>
            )}
            {project.capitalOrigin && <Descriptions.Item label={t('projects.evidence.capitalOrigin')}>{t(`projects.origins.${project.capitalOrigin}`)}</Descriptions.Item>}
            {project.startedOn && <Descriptions.Item label={t('projects.evidence.startedOn')}>{project.startedOn}</Descriptions.Item>}
            {project.producingOn && <Descriptions.Item label={t('projects.evidence.producingOn')}>{project.producingOn}</Descriptions.Item>}
            {project.annualOutputWan !== null && <Descriptions.Item label={t('projects.evidence.annualOutputWan')}>{wan(project.annualOutputWan)}</Descriptions.Item>}
            {project.annualTaxWan !== null && <Descriptions.Item label={t('projects.evidence.annualTaxWan')}>{wan(project.annualTaxWan)}</Descriptions.Item>}
            {project.jobs !== null && <Descriptions.Item label={t('projects.evidence.jobs')}>{project.jobs}</Descriptions.Item>}
            {project.holdReason && <Descriptions.Item label={t('projects.fields.holdReason')}>{project.holdReason}</Descriptions.Item>}
            {project.terminateReason && <Descriptions.Item label={t('projects.fields.terminateReason')}>{project.terminateReason}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <StageHistory<ProjectStage>
          title={t('projects.page.stages')}
          stays={project.stages}
          moves={project.moves}
          stageTag={(stage) => <StageTag stage={stage} />}
          stageName={stageName}
          evidenceLine={(key, value) => {
            // Files and the event are shown in their own places.
            if (['agreementFileId', 'fileIds', 'eventId'].includes(key)) return null;
            const text = key === 'capitalOrigin' && (value === 'domestic' || value === 'foreign') ? t(`projects.origins.${value}`) : String(value);
            return `${t(`projects.evidenceKeys.${key as 'note'}`, { defaultValue: key })}: ${text}`;
          }}
          moveNote={(move) => (move.action === 'import' ? t('projects.ledger.imported') : null)}
          labels={{ current: t('projects.page.current'), days: (days) => t('projects.page.days', { days }), moves: t('projects.page.moves'), created: t('projects.page.created') }}
        />
      </Flex>
      <Card size="small" title={t('projects.page.signings')} style={{ marginTop: 16 }}>
        {project.signings.length ? (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 560 }}
            dataSource={project.signings}
            columns={[
              { key: 'on', title: t('projects.evidence.signedOn'), dataIndex: 'signedOn' },
              { key: 'amount', title: t('projects.evidence.amountWan'), align: 'right', render: (_, s) => formatWan(s.amountWan, i18n.language) },
              { key: 'origin', title: t('projects.evidence.capitalOrigin'), render: (_, s) => t(`projects.origins.${s.capitalOrigin}`) },
              { key: 'event', title: t('events.picker.label'), render: (_, s) => (s.event ? <Link to={`/events/${s.event.id}`}>{s.event.name}</Link> : '—') },
              {
                key: 'counted',
                title: t('projects.page.counted'),
                render: (_, s) => (s.counted ? <Tag color="blue">{t('projects.page.countedFirst')}</Tag> : <Tag>{t('projects.page.resigning')}</Tag>),
              },
              { key: 'verified', title: t('projects.page.agreement'), render: (_, s) => (s.verification ? t(`projects.verification.${s.verification}`) : '—') },
              { key: 'by', title: t('projects.page.recordedBy'), dataIndex: 'recordedByName' },
            ]}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.page.noSignings')} />
        )}
        {project.amountChanges.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('projects.page.amountHistory')}
            </Typography.Title>
            <Timeline
              items={project.amountChanges.map((c) => ({
                key: c.id,
                children: (
                  <>
                    <Typography.Text strong>
                      {formatWan(c.oldAmountWan, i18n.language)} → {formatWan(c.newAmountWan, i18n.language)}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {formatDateTime(String(c.changedAt))} · {c.changedByName}
                    </Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.reason}</div>
                  </>
                ),
              }))}
            />
          </>
        )}
      </Card>
      <CreditsCard project={project} />
      {can(me, 'talent.read') && (
        <Suspense fallback={null}>
          <ProjectTalentCard projectId={project.id} />
        </Suspense>
      )}
      <Card size="small" title={t('projects.page.files')} style={{ marginTop: 16 }}>
        <Attachments kind="project" recordId={project.id} />
      </Card>
      {dialog === 'edit' && <ProjectFormModal project={project} onClose={() => setDialog(null)} />}
      {dialog === 'resign' && <ResignModal project={project} onClose={() => setDialog(null)} />}
      {dialog === 'changeAmount' && <ChangeAmountModal project={project} onClose={() => setDialog(null)} />}
      {moving && <MoveModal project={project} action={moving} onClose={() => setMoving(null)} />}
    </>
  );
}

