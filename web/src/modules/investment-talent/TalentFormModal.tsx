import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { IndustryPicker } from '../enterprises/pickers.tsx';
import { talentKinds, talentNeeds, useRefreshTalent, type Talent, type TalentKind, type TalentNeed } from './api.ts';

interface TalentForm {
  name: string;
  kind: TalentKind;
  field?: string;
  industryCode?: string;
  institution?: string;
  currentCity?: string;
  needs: TalentNeed[];
  needsNote?: string;
  contacts: { name: string; title?: string; phone?: string; email?: string }[];
  nextFollowUpOn?: Dayjs | null;
  projectId?: string | null;
  ownerId?: string;
}

/** The members of the record's team today, to hand the record to. */
function useTeamMembers(teamId: string | null | undefined) {
  return useQuery({
    queryKey: ['teams', 'one', teamId],
    queryFn: ({ signal }) => api.GET('/api/teams/{id}', { params: { path: { id: teamId! } }, signal }),
    enabled: Boolean(teamId),
  });
}

/** Projects the user sees, to link the record to. */
function ProjectSelect({ value, onChange, id, current }: { value?: string | null; onChange?: (value: string | null) => void; id?: string; current?: Talent['project'] | undefined }) {
  const { data, isPending } = useQuery({
    queryKey: ['projects', 'talent-links'],
    queryFn: ({ signal }) => api.GET('/api/projects', { params: { query: { page: 1, pageSize: 200 } }, signal }),
  });
  const options = (data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.enterpriseName}` }));
  if (current && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: current.name });
  return (
    <Select id={id} allowClear showSearch optionFilterProp="label" value={value ?? undefined} onChange={(v) => onChange?.(v ?? null)} loading={isPending} options={options} />
  );
}

/** Creates a talent record or edits one's details. One column, so it fits a phone. */
export function TalentFormModal({ talent, onClose }: { talent?: Talent; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshTalent();
  const members = useTeamMembers(talent?.teamId);

  async function save(values: TalentForm) {
    const body = {
      name: values.name,
      kind: values.kind,
      field: values.field ?? '',
      industryCode: values.industryCode ?? '',
      institution: values.institution ?? '',
      currentCity: values.currentCity ?? '',
      needs: values.needs ?? [],
      needsNote: values.needsNote ?? '',
      contacts: (values.contacts ?? []).map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v)) as TalentForm['contacts'][number]),
      nextFollowUpOn: values.nextFollowUpOn ? values.nextFollowUpOn.format('YYYY-MM-DD') : null,
      projectId: values.projectId ?? null,
    };
    if (talent) {
      const handedOver = values.ownerId && values.ownerId !== talent.ownerId ? { ownerId: values.ownerId } : {};
      await api.PATCH('/api/talent/{id}', { params: { path: { id: talent.id } }, body: { ...body, ...handedOver } });
      await refresh();
      return;
    }
    const created = await api.POST('/api/talent', { body });
    await refresh();
    void navigate(`/talent/${created.id}`);
  }

  return (
    <FormModal<TalentForm>
      title={talent ? t('talent.form.editTitle') : t('talent.form.createTitle')}
      initialValues={
        talent
          ? {
              name: talent.name,
              kind: talent.kind,
              field: talent.field ?? undefined,
              industryCode: talent.industryCode ?? undefined,
              institution: talent.institution ?? undefined,
              currentCity: talent.currentCity ?? undefined,
              needs: talent.needs,
              needsNote: talent.needsNote ?? undefined,
              contacts: talent.contacts,
              nextFollowUpOn: talent.nextFollowUpOn ? dayjs(talent.nextFollowUpOn) : null,
              projectId: talent.project?.id ?? null,
              ownerId: talent.ownerId ?? undefined,
            }
          : { kind: 'person', needs: [], contacts: [] }
      }
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('talent.fields.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('talent.fields.kind')}>
        <Radio.Group optionType="button" options={talentKinds.map((kind) => ({ value: kind, label: t(`talent.kinds.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="field" label={t('talent.fields.field')}>
        <Input maxLength={200} placeholder={t('talent.form.fieldPlaceholder')} />
      </Form.Item>
      <Form.Item name="industryCode" label={t('talent.fields.industry')}>
        <IndustryPicker />
      </Form.Item>
      <Form.Item name="institution" label={t('talent.fields.institution')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="currentCity" label={t('talent.fields.currentCity')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="needs" label={t('talent.fields.needs')}>
        <Select mode="multiple" options={talentNeeds.map((need) => ({ value: need, label: t(`talent.needs.${need}`) }))} />
      </Form.Item>
      <Form.Item name="needsNote" label={t('talent.fields.needsNote')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item label={t('talent.fields.contacts')} extra={t('talent.form.contactsHint')}>
        <Form.List name="contacts">
          {(items, { add, remove }) => (
            <Flex vertical gap={8}>
              {items.map((item) => (
                <Flex key={item.key} wrap gap={4} align="flex-start">
                  <Form.Item name={[item.name, 'name']} noStyle rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                    <Input maxLength={100} placeholder={t('talent.contact.name')} style={{ flex: '1 1 120px' }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'title']} noStyle>
                    <Input maxLength={100} placeholder={t('talent.contact.title')} style={{ flex: '1 1 120px' }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'phone']} noStyle>
                    <Input maxLength={40} placeholder={t('talent.contact.phone')} inputMode="tel" style={{ flex: '1 1 120px' }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'email']} noStyle>
                    <Input maxLength={200} placeholder={t('talent.contact.email')} inputMode="email" style={{ flex: '1 1 160px' }} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('talent.contact.remove')} onClick={() => remove(item.name)} />
                </Flex>
              ))}
              {items.length < 10 && (
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                  {t('talent.contact.add')}
                </Button>
              )}
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="projectId" label={t('talent.fields.project')} extra={t('talent.form.projectHint')}>
        <ProjectSelect current={talent?.project} />
      </Form.Item>
      <Form.Item name="nextFollowUpOn" label={t('talent.fields.nextFollowUpOn')}>
        <DatePicker style={{ width: '100%' }} allowClear inputReadOnly />
      </Form.Item>
      {talent?.teamId && (
        <Form.Item name="ownerId" label={t('talent.fields.owner')}>
          <Select
            loading={members.isFetching}
            options={[
              // The owner stays choosable after leaving the team, as the record still names them.
              ...(talent.ownerId && !(members.data?.memberships ?? []).some((m) => m.status === 'current' && m.userId === talent.ownerId)
                ? [{ value: talent.ownerId, label: talent.ownerName ?? '' }]
                : []),
              ...(members.data?.memberships ?? []).filter((m) => m.status === 'current').map((m) => ({ value: m.userId, label: m.displayName })),
            ]}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
