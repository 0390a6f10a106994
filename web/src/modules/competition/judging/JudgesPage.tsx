import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Modal, Select, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../app/api.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorResult } from '../../../components/results.tsx';
import { useEdition, type Edition } from '../api.ts';
import { useConflicts, useJudges, useRefreshJudging, type Judge } from './api.ts';
import { OrganisationSelect } from './OrganisationSelect.tsx';

interface JudgeForm {
  username: string;
  displayName: string;
  title?: string | null;
  organisationName?: string | null;
  enterpriseId?: string | null;
  trackIds: string[];
}

/** Creates a judge (an account with a temporary password, shown once) or changes one's profile and tracks. */
function JudgeFormModal({ edition, judge, onClose }: { edition: Edition; judge?: Judge; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshJudging();
  return (
    <FormModal<JudgeForm>
      title={t(judge ? 'competition.judging.editJudge' : 'competition.judging.newJudge')}
      initialValues={judge ? { ...judge, trackIds: judge.tracks.map((track) => track.id) } : { trackIds: [] }}
      onSubmit={async ({ username, ...profile }) => {
        const body = { ...profile, enterpriseId: profile.enterpriseId ?? null };
        if (judge) await api.PATCH('/api/competition/judges/{judgeId}', { params: { path: { judgeId: judge.id } }, body });
        else {
          const created = await api.POST('/api/competition/judges', { body: { ...body, username } });
          Modal.info({ title: created.judge.displayName, content: t('competition.judging.temporaryPassword', { password: created.temporaryPassword }) });
        }
        await refresh();
      }}
      onClose={onClose}
    >
      {!judge && (
        <Form.Item name="username" label={t('competition.judging.username')} rules={[{ required: true, message: t('common.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="displayName" label={t('competition.judging.displayName')} rules={[{ required: true, message: t('common.required') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="title" label={t('competition.judging.title')}>
        <Input />
      </Form.Item>
      <Form.Item name="organisationName" label={t('competition.judging.organisationName')}>
        <Input />
      </Form.Item>
      <Form.Item name="enterpriseId" label={t('competition.judging.organisationRecord')} extra={t('competition.judging.organisationRecordHint')}>
        <OrganisationSelect chosenName={judge?.enterpriseName} />
      </Form.Item>
      <Form.Item name="trackIds" label={t('competition.judging.tracks')}>
        <Select mode="multiple" options={edition.tracks.map((track) => ({ value: track.id, label: track.name }))} />
      </Form.Item>
    </FormModal>
  );
}

/** The organiser's judges, with their organisations and tracks of this edition, and the conflicts declared on its entries. */
export function JudgesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const edition = useEdition(id);
  const judges = useJudges();
  const conflicts = useConflicts(id);
  const [editing, setEditing] = useState<Judge | 'new' | null>(null);
  const failure = edition.error ?? judges.error ?? conflicts.error;
  if (failure) return <ErrorResult error={failure} onRetry={() => void Promise.all([edition.refetch(), judges.refetch(), conflicts.refetch()])} recordInAddress />;
  if (!edition.data || !judges.data || !conflicts.data) return <Skeleton active />;

  return (
    <>
      <PageHeader
        title={`${edition.data.name} · ${t('competition.judging.judges')}`}
        extra={
          <Flex wrap gap={8}>
            <Link to={`/competition/${id}`}>
              <Button icon={<ArrowLeftOutlined />}>{t('competition.judging.back')}</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('competition.judging.newJudge')}
            </Button>
          </Flex>
        }
      />
      <Flex vertical gap={12}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: true }}
          dataSource={judges.data.items}
          locale={{ emptyText: t('competition.judging.noJudges') }}
          onRow={(judge) => ({ onClick: () => setEditing(judge), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('competition.judging.displayName'), dataIndex: 'displayName' },
            { title: t('competition.judging.username'), dataIndex: 'username' },
            { title: t('competition.judging.title'), dataIndex: 'title' },
            { title: t('competition.judging.organisationName'), render: (_, judge) => judge.enterpriseName ?? judge.organisationName },
            {
              title: t('competition.judging.tracks'),
              render: (_, judge) => judge.tracks.filter((track) => track.editionId === id).map((track) => <Tag key={track.id}>{track.name}</Tag>),
            },
          ]}
        />
        <Card size="small" title={t('competition.judging.conflicts')}>
          <Table
            size="small"
            rowKey={(row) => `${row.judgeId}/${row.entryId}`}
            pagination={false}
            dataSource={conflicts.data.items}
            locale={{ emptyText: t('competition.judging.noConflicts') }}
            columns={[
              { title: t('competition.judging.displayName'), dataIndex: 'judgeName' },
              { title: t('competition.judging.entryNumber'), dataIndex: 'entryNumber' },
              { title: t('competition.judging.project'), dataIndex: 'projectName' },
              { title: t('competition.judging.reason'), dataIndex: 'reason' },
              { title: t('competition.judging.declaredAt'), render: (_, row) => new Date(row.declaredAt).toLocaleString() },
            ]}
          />
        </Card>
      </Flex>
      {editing && <JudgeFormModal edition={edition.data} judge={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
