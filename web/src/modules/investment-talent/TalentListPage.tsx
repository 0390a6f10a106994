import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, List, Select, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { talentNeeds, talentStages, useTalentFigures, useTalentList, type TalentNeed, type TalentStage } from './api.ts';
import { TalentFormModal } from './TalentFormModal.tsx';
import { TalentStageTag } from './TalentStageTag.tsx';

const pageSize = 20;

/** How many are in each stage now, and how many landed this year, of the records the reader sees. */
function Figures() {
  const { t } = useTranslation();
  const { data } = useTalentFigures();
  if (!data) return null;
  return (
    <Flex wrap gap={16} style={{ marginBottom: 16 }}>
      {(['contact', 'intent', 'landed'] as const).map((stage) => (
        <Statistic key={stage} title={t(`talent.stages.${stage}`)} value={data.stages[stage] ?? 0} />
      ))}
      <Statistic title={t('talent.figures.landedThisYear', { year: data.year })} value={data.landed} />
    </Flex>
  );
}

/** 招才引智: the people and teams the reader sees, filtered by stage, need and owner, searched by name, institution or field. */
export function TalentListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const works = can(me, 'talent.work');
  const [stage, setStage] = useState<TalentStage>();
  const [need, setNeed] = useState<TalentNeed>();
  const [mine, setMine] = useState(works && !can(me, 'talent.readAll'));
  const [due, setDue] = useState(false);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, isFetching } = useTalentList({
    page,
    pageSize,
    ...(stage ? { stage } : {}),
    ...(need ? { need } : {}),
    ...(mine ? { mine: 'true' as const } : {}),
    ...(due ? { due: 'true' as const } : {}),
    ...(q ? { q } : {}),
  });
  const reset = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t('talent.title')}
        extra={
          works && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('talent.newTalent')}
            </Button>
          )
        }
      >
        <Flex wrap gap={8} align="center">
          <Input.Search allowClear placeholder={t('talent.search')} onSearch={reset(setQ)} style={{ width: 240, maxWidth: '100%' }} />
          <Select<TalentStage>
            allowClear
            placeholder={t('talent.fields.stage')}
            value={stage}
            onChange={reset(setStage)}
            options={talentStages.map((s) => ({ value: s, label: t(`talent.stages.${s}`) }))}
            style={{ width: 120 }}
          />
          <Select<TalentNeed>
            allowClear
            placeholder={t('talent.fields.needs')}
            value={need}
            onChange={reset(setNeed)}
            options={talentNeeds.map((n) => ({ value: n, label: t(`talent.needs.${n}`) }))}
            style={{ width: 140 }}
          />
          <Checkbox checked={mine} onChange={(event) => reset(setMine)(event.target.checked)}>
            {t('talent.filters.mine')}
          </Checkbox>
          <Checkbox checked={due} onChange={(event) => reset(setDue)(event.target.checked)}>
            {t('talent.filters.due')}
          </Checkbox>
        </Flex>
      </PageHeader>
      <Figures />
      <Card size="small">
        <List
          loading={isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('talent.empty') }}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: setPage, size: 'small', showSizeChanger: false }}
          renderItem={(talent) => (
            <List.Item key={talent.id} extra={<TalentStageTag stage={talent.stage} />}>
              <List.Item.Meta
                title={<Link to={`/talent/${talent.id}`}>{talent.name}</Link>}
                description={
                  <Flex vertical gap={4}>
                    <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                      {[t(`talent.kinds.${talent.kind}`), talent.field, talent.institution, talent.currentCity].filter(Boolean).join(' · ')}
                    </Typography.Text>
                    <Flex wrap gap={4}>
                      {talent.needs.map((n) => (
                        <Tag key={n}>{t(`talent.needs.${n}`)}</Tag>
                      ))}
                      {talent.nextFollowUpOn && <Tag color="orange">{t('talent.list.followUp', { day: talent.nextFollowUpOn })}</Tag>}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[talent.ownerName, talent.teamName].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {creating && <TalentFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
