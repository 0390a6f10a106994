import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StageHistory } from '../../components/StageHistory.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { StageTag } from '../investment-projects/StageTag.tsx';
import { talentActions, useTalent, type TalentAction, type TalentStage } from './api.ts';
import { TalentFormModal } from './TalentFormModal.tsx';
import { TalentMoveModal, useTalentMoveLabel } from './TalentMoveModal.tsx';
import { TalentStageTag } from './TalentStageTag.tsx';

/** One talent record: details and contacts, the linked project, the stage and its moves, days in each stage. */
export function TalentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: talent, error, isPending, refetch } = useTalent(id);
  const moveLabel = useTalentMoveLabel();
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState<TalentAction | null>(null);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !talent) return <Skeleton active />;
  const stageName = (stage: string) => t(`talent.stages.${stage as TalentStage}`);
  const moves = talentActions.filter((action) => talent.actions.includes(action));

  return (
    <>
      <PageHeader
        title={talent.name}
        extra={
          <Link to="/talent">
            <Button icon={<ArrowLeftOutlined />}>{t('talent.back')}</Button>
          </Link>
        }
      >
        <Flex wrap gap={4} align="center">
          <TalentStageTag stage={talent.stage} />
          <Tag>{t(`talent.kinds.${talent.kind}`)}</Tag>
          {talent.needs.map((need) => (
            <Tag key={need}>{t(`talent.needs.${need}`)}</Tag>
          ))}
        </Flex>
      </PageHeader>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        {moves.map((action) => (
          <Button key={action} type={action === 'land' ? 'primary' : 'default'} danger={action === 'terminate'} onClick={() => setMoving(action)}>
            {moveLabel(action)}
          </Button>
        ))}
        {talent.actions.includes('edit') && <Button onClick={() => setEditing(true)}>{t('talent.actions.edit')}</Button>}
      </Flex>
      <Flex wrap gap={16} align="flex-start">
        <Card size="small" title={t('talent.page.details')} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('talent.fields.field')}>{talent.field ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('talent.fields.industry')}>{talent.industryCode ? `${talent.industryCode} ${talent.industryName ?? ''}` : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('talent.fields.institution')}>{talent.institution ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('talent.fields.currentCity')}>{talent.currentCity ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('talent.fields.needsNote')}>
              <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{talent.needsNote ?? '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('talent.fields.project')}>
              {talent.project ? (
                <Flex wrap gap={4} align="center">
                  <Link to={`/projects/${talent.project.id}`}>{talent.project.name}</Link>
                  <StageTag stage={talent.project.stage} />
                </Flex>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('talent.fields.owner')}>{talent.ownerName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('talent.fields.team')}>{talent.teamName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('talent.fields.nextFollowUpOn')}>{talent.nextFollowUpOn ?? '—'}</Descriptions.Item>
            {talent.landedOn && <Descriptions.Item label={t('talent.evidence.landedOn')}>{talent.landedOn}</Descriptions.Item>}
            {talent.landedEnterpriseId && (
              <Descriptions.Item label={t('talent.evidence.enterprise')}>
                <Link to={`/enterprises/${talent.landedEnterpriseId}`}>{talent.landedEnterpriseName}</Link>
              </Descriptions.Item>
            )}
            {talent.holdReason && <Descriptions.Item label={t('talent.fields.holdReason')}>{talent.holdReason}</Descriptions.Item>}
            {talent.endReason && <Descriptions.Item label={t('talent.fields.endReason')}>{talent.endReason}</Descriptions.Item>}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('talent.fields.contacts')}
          </Typography.Title>
          {talent.contacts.length ? (
            <List
              size="small"
              dataSource={talent.contacts}
              renderItem={(contact, index) => (
                <List.Item key={index}>
                  <Flex vertical>
                    <Typography.Text strong>
                      {contact.name}
                      {contact.title ? ` · ${contact.title}` : ''}
                    </Typography.Text>
                    {contact.phone && <a href={`tel:${contact.phone}`}>{contact.phone}</a>}
                    {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
                  </Flex>
                </List.Item>
              )}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('talent.page.noContacts')} />
          )}
        </Card>
        <StageHistory<TalentStage>
          title={t('talent.page.stages')}
          stays={talent.stages}
          moves={talent.moves}
          stageTag={(stage) => <TalentStageTag stage={stage} />}
          stageName={stageName}
          // The enterprise landed at is shown as its link above.
          evidenceLine={(key, value) => (key === 'enterpriseId' ? null : `${t(`talent.evidenceKeys.${key as 'note'}`, { defaultValue: key })}: ${String(value)}`)}
          labels={{ current: t('talent.page.current'), days: (days) => t('talent.page.days', { days }), moves: t('talent.page.moves'), created: t('talent.page.created') }}
        />
      </Flex>
      {editing && <TalentFormModal talent={talent} onClose={() => setEditing(false)} />}
      {moving && <TalentMoveModal talent={talent} action={moving} onClose={() => setMoving(null)} />}
    </>
  );
}
