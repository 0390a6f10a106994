import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, InputNumber, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useTeam, useTeams } from '../teams/api.ts';
import { projectKeys, type Project } from './api.ts';

type Credits = Awaited<ReturnType<typeof readCredits>>;
const readCredits = (id: string, signal?: AbortSignal) => api.GET('/api/projects/{id}/credits', { params: { path: { id } }, signal });
const creditsKey = (id: string) => [...projectKeys.all, 'credits', id] as const;

/** 'user:<id>' or 'team:<id>': one select holds both officers and teams. */
const holderOf = (share: { userId: string | null; teamId: string | null }) => (share.userId ? `user:${share.userId}` : `team:${share.teamId}`);

interface CreditsForm {
  credits: { holder: string; percent: number }[];
}

/** The share rows and their sum as typed, inside the dialog's form. */
function CreditRows({ options }: { options: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const shares: Partial<CreditsForm['credits'][number]>[] = Form.useWatch('credits', Form.useFormInstance<CreditsForm>()) ?? [];
  const sum = shares.reduce((total, share) => total + (share?.percent ?? 0), 0);
  return (
    <>
      <Form.List name="credits">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item name={[field.name, 'holder']} rules={[{ required: true, message: t('common.required') }]} style={{ flex: 1, minWidth: 0 }}>
                  <Select showSearch optionFilterProp="label" options={[...options].map(([value, label]) => ({ value, label }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'percent']} rules={[{ required: true, message: t('common.required') }]}>
                  <InputNumber min={1} max={100} precision={0} addonAfter="%" style={{ width: 110 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('projects.credits.remove')} />
              </Flex>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ percent: Math.max(1, 100 - sum) })}>
              {t('projects.credits.add')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Text type={sum === 100 || shares.length === 0 ? 'secondary' : 'danger'} style={{ display: 'block', marginTop: 8 }}>
        {shares.length === 0 ? t('projects.credits.backToDefault') : t('projects.credits.sum', { sum })}
      </Typography.Text>
    </>
  );
}

/** The shares as officers and teams of the project's team and every team; the server checks each and the sum. */
function CreditsModal({ project, credits, onClose }: { project: Project; credits: Credits; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const team = useTeam(project.teamId);
  const teams = useTeams(false);
  const options = new Map<string, string>(credits.credits.map((share) => [holderOf(share), share.name]));
  for (const m of team.data?.memberships ?? []) if (m.status === 'current') options.set(`user:${m.userId}`, m.displayName);
  for (const each of teams.data ?? []) options.set(`team:${each.id}`, t('projects.credits.team', { name: each.name }));
  return (
    <FormModal<CreditsForm>
      title={t('projects.credits.editTitle')}
      initialValues={{ credits: credits.credits.map((share) => ({ holder: holderOf(share), percent: share.percent })) }}
      onSubmit={async (values) => {
        const body = {
          credits: (values.credits ?? []).map(({ holder, percent }) => {
            const [kind, id] = holder.split(':');
            return kind === 'user' ? { userId: id, percent } : { teamId: id, percent };
          }),
        };
        await api.PUT('/api/projects/{id}/credits', { params: { path: { id: project.id } }, body });
        await queryClient.invalidateQueries({ queryKey: creditsKey(project.id) });
      }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('projects.credits.hint')}</Typography.Paragraph>
      <CreditRows options={options} />
    </FormModal>
  );
}

/** Who the project is credited to (attribution), and the form to change it for those who may. */
export function CreditsCard({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { data } = useQuery({ queryKey: creditsKey(project.id), queryFn: ({ signal }) => readCredits(project.id, signal) });
  if (!data) return null;
  return (
    <Card
      size="small"
      title={t('projects.credits.title')}
      style={{ marginTop: 16 }}
      extra={data.maySet && <Button onClick={() => setEditing(true)}>{t('projects.credits.edit')}</Button>}
    >
      <List
        size="small"
        dataSource={data.credits}
        locale={{ emptyText: t('projects.credits.none') }}
        renderItem={(share) => (
          <List.Item key={holderOf(share)}>
            <span>{share.teamId ? t('projects.credits.team', { name: share.name }) : share.name}</span>
            <Typography.Text strong>{share.percent}%</Typography.Text>
          </List.Item>
        )}
      />
      {data.isDefault && <Tag>{t('projects.credits.default')}</Tag>}
      {editing && <CreditsModal project={project} credits={data} onClose={() => setEditing(false)} />}
    </Card>
  );
}
