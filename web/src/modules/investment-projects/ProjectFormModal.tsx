import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { EnterpriseSelect, IndustryPicker, RegionPicker } from '../enterprises/pickers.tsx';
import { siteReferenceOf } from '../sites/SitePickers.tsx';
import { projectKinds, useRefreshProjects, type Project, type ProjectKind } from './api.ts';
import { LandingFields, landingValuesOf, type LandingValues } from './LandingFields.tsx';

interface ProjectForm extends LandingValues {
  name: string;
  enterpriseMode: 'existing' | 'new';
  enterpriseId?: string;
  newName?: string;
  newCreditCode?: string;
  confirmDuplicate?: boolean;
  kind: ProjectKind;
  increaseOfProjectId?: string;
  industryCode?: string;
  regionCode?: string;
  nextFollowUpOn?: Dayjs | null;
  managerId?: string;
  managerOnly?: boolean;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** The members of the project's team today, to hand the project to. */
function useTeamMembers(teamId: string | null | undefined) {
  return useQuery({
    queryKey: ['teams', 'one', teamId],
    queryFn: ({ signal }) => api.GET('/api/teams/{id}', { params: { path: { id: teamId! } }, signal }),
    enabled: Boolean(teamId),
  });
}

/** A visit a project is made from (转为项目): its enterprise and team are the project's. */
export interface OriginVisit {
  id: string;
  enterpriseName: string;
  teamName: string | null;
}

/**
 * Creates a project (for an enterprise from the register, a new one made by the register's own create in the same
 * step, from a lead, or from a visit) or edits one's details. One column, so it fits a phone.
 */
export function ProjectFormModal({ project, leadId, visit, onClose }: { project?: Project; leadId?: string; visit?: OriginVisit; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshProjects();
  const members = useTeamMembers(project?.teamId);
  const mayManage = project?.actions.includes('edit');

  async function save(values: ProjectForm) {
    const details = {
      name: values.name,
      industryCode: values.industryCode ?? '',
      regionCode: values.regionCode ?? null,
      nextFollowUpOn: day(values.nextFollowUpOn),
      landing: siteReferenceOf(values.landingSiteId, values.landingPlace),
    };
    if (project) {
      await api.PATCH('/api/projects/{id}', {
        params: { path: { id: project.id } },
        body: {
          ...details,
          ...(values.managerId && values.managerId !== project.managerId ? { managerId: values.managerId } : {}),
          ...(values.managerOnly !== project.managerOnly ? { managerOnly: values.managerOnly ?? false } : {}),
        },
      });
      await refresh();
      return;
    }
    const enterprise = leadId
      ? { leadId }
      : visit
        ? { visitId: visit.id }
        : values.enterpriseMode === 'new'
        ? { enterprise: { name: values.newName ?? '', creditCode: values.newCreditCode || null, confirmDuplicate: values.confirmDuplicate ?? false } }
        : { enterpriseId: values.enterpriseId };
    const created = await api.POST('/api/projects', {
      body: { ...details, ...enterprise, kind: values.kind, increaseOfProjectId: values.increaseOfProjectId || undefined, managerOnly: values.managerOnly ?? false },
    });
    await refresh();
    void navigate(`/projects/${created.id}`);
  }

  return (
    <FormModal<ProjectForm>
      title={project ? t('projects.form.editTitle') : t('projects.form.createTitle')}
      initialValues={
        project
          ? {
              name: project.name,
              industryCode: project.industryCode ?? undefined,
              regionCode: project.regionCode ?? undefined,
              nextFollowUpOn: project.nextFollowUpOn ? dayjs(project.nextFollowUpOn) : null,
              managerId: project.managerId ?? undefined,
              managerOnly: project.managerOnly,
              ...landingValuesOf(project.landing),
            }
          : { enterpriseMode: 'existing', kind: 'new', ...(visit ? { name: t('projects.form.fromVisitName', { enterprise: visit.enterpriseName }) } : {}) }
      }
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('projects.fields.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={200} placeholder={t('projects.form.namePlaceholder')} />
      </Form.Item>
      {visit && (
        <>
          <Form.Item label={t('projects.fields.enterprise')}>{visit.enterpriseName}</Form.Item>
          <Form.Item label={t('projects.fields.team')}>{visit.teamName ?? '—'}</Form.Item>
        </>
      )}
      {!project && !leadId && !visit && (
        <>
          <Form.Item name="enterpriseMode" label={t('projects.form.enterpriseMode')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'existing', label: t('projects.form.existing') },
                { value: 'new', label: t('projects.form.new') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['enterpriseMode', 'kind']}>
            {({ getFieldValue }) =>
              getFieldValue('enterpriseMode') === 'new' ? (
                <>
                  <Form.Item name="newName" label={t('projects.form.newName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name="newCreditCode" label={t('projects.form.newCreditCode')}>
                    <Input maxLength={40} />
                  </Form.Item>
                  <Form.Item name="confirmDuplicate" valuePropName="checked">
                    <Checkbox>{t('projects.form.confirmDuplicate')}</Checkbox>
                  </Form.Item>
                </>
              ) : (
                <Form.Item name="enterpriseId" label={t('projects.fields.enterprise')} rules={[{ required: true, message: t('common.required') }]}>
                  <EnterpriseSelect />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
      {!project && (
        <>
          <Form.Item name="kind" label={t('projects.fields.kind')}>
            <Radio.Group optionType="button" options={projectKinds.map((kind) => ({ value: kind, label: t(`projects.kinds.${kind}`) }))} />
          </Form.Item>
          <Form.Item noStyle dependencies={['kind']}>
            {({ getFieldValue }) =>
              getFieldValue('kind') === 'capitalIncrease' && (
                <Form.Item name="increaseOfProjectId" label={t('projects.form.increaseOf')} extra={t('projects.form.increaseOfHint')}>
                  <BaseProjectSelect />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
      <Form.Item name="industryCode" label={t('projects.fields.industry')} extra={project ? undefined : t('projects.form.industryHint')}>
        <IndustryPicker />
      </Form.Item>
      <Form.Item name="regionCode" label={t('projects.fields.region')}>
        <RegionPicker />
      </Form.Item>
      <Form.Item name="nextFollowUpOn" label={t('projects.fields.nextFollowUpOn')}>
        <DatePicker style={{ width: '100%' }} allowClear inputReadOnly />
      </Form.Item>
      <LandingFields siteName={project?.landing?.siteName} />
      {project && mayManage && (
        <Form.Item name="managerId" label={t('projects.fields.manager')}>
          <Select
            loading={members.isFetching}
            options={(members.data?.memberships ?? []).filter((m) => m.status === 'current').map((m) => ({ value: m.userId, label: m.displayName }))}
          />
        </Form.Item>
      )}
      <Form.Item name="managerOnly" valuePropName="checked" extra={t('projects.form.managerOnlyHint')}>
        <Checkbox>{t('projects.fields.managerOnly')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}

/** The earlier projects a capital increase may add to: signed ones the user sees. */
function BaseProjectSelect({ value, onChange, id }: { value?: string; onChange?: (value: string | undefined) => void; id?: string }) {
  const { data, isPending } = useQuery({
    queryKey: ['projects', 'bases'],
    queryFn: ({ signal }) => api.GET('/api/projects', { params: { query: { page: 1, pageSize: 200 } }, signal }),
  });
  return (
    <Select
      id={id}
      allowClear
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={onChange}
      loading={isPending}
      options={(data?.items ?? []).filter((p) => p.firstSignedOn !== null).map((p) => ({ value: p.id, label: `${p.name} · ${p.enterpriseName}` }))}
    />
  );
}
