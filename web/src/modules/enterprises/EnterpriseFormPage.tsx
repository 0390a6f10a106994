import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { canEditEnterprise } from './policy.ts';
import { api, ApiProblem } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ErrorResult, ForbiddenResult } from '../../components/results.tsx';
import { useDebounced } from '../../components/use-debounced.ts';
import {
  enterpriseKeys,
  findDuplicates,
  sizeClasses,
  useEnterprise,
  type DuplicateCandidate,
  type Enterprise,
  type EnterpriseInput,
  type SizeClass,
} from './api.ts';
import {
  canonicalCreditCode,
  creditCodeProblem,
  type CreditCodeProblem,
} from '../../../../src/modules/enterprises/validate-credit-code.ts';
import { DuplicateList, EnterpriseTags } from './display.tsx';
import { IndustryPicker, RegionPicker, TagPicker } from './pickers.tsx';

interface ContactValues {
  id?: string;
  name?: string;
  title?: string;
  phone?: string;
  email?: string;
  isPrimary?: boolean;
}

interface EnterpriseFormValues {
  name?: string;
  formerNames?: string[];
  creditCode?: string;
  industryCode?: string;
  regionCode?: string;
  address?: string;
  registeredCapitalWan?: number | null;
  foundedOn?: Dayjs | null;
  sizeClass?: SizeClass;
  contacts?: ContactValues[];
  tagIds?: string[];
}

function valuesOf(enterprise: Enterprise): EnterpriseFormValues {
  return {
    name: enterprise.name,
    formerNames: enterprise.formerNames,
    creditCode: enterprise.creditCode ?? undefined,
    industryCode: enterprise.industryCode ?? undefined,
    regionCode: enterprise.regionCode ?? undefined,
    address: enterprise.address ?? undefined,
    registeredCapitalWan: enterprise.registeredCapitalWan,
    foundedOn: enterprise.foundedOn ? dayjs(enterprise.foundedOn) : null,
    sizeClass: enterprise.sizeClass ?? undefined,
    contacts: enterprise.contacts.map((contact) => ({ ...contact, title: contact.title ?? undefined, phone: contact.phone ?? undefined, email: contact.email ?? undefined })),
    tagIds: enterprise.tags.map((tag) => tag.id),
  };
}

const blank = (text: string | undefined) => text?.trim() || null;

function contactsOf(values: EnterpriseFormValues) {
  return (values.contacts ?? []).map((contact) => ({
    ...(contact.id ? { id: contact.id } : {}),
    name: contact.name?.trim() ?? '',
    title: blank(contact.title),
    phone: blank(contact.phone),
    email: blank(contact.email),
    isPrimary: contact.isPrimary ?? false,
  }));
}

/** Cleared fields are sent as null (or empty lists), so that an edit can remove a value. */
function inputOf(values: EnterpriseFormValues): EnterpriseInput {
  const creditCode = values.creditCode ? canonicalCreditCode(values.creditCode) : '';
  return {
    name: values.name?.trim() ?? '',
    formerNames: (values.formerNames ?? []).map((name) => name.trim()).filter(Boolean),
    creditCode: creditCode || null,
    industryCode: values.industryCode ?? null,
    regionCode: values.regionCode ?? null,
    address: blank(values.address),
    registeredCapitalWan: values.registeredCapitalWan ?? null,
    foundedOn: values.foundedOn ? values.foundedOn.format('YYYY-MM-DD') : null,
    sizeClass: values.sizeClass ?? null,
    contacts: contactsOf(values),
    tagIds: values.tagIds ?? [],
  };
}

function creditCodeMessage(problem: CreditCodeProblem, t: TFunction): string {
  switch (problem.problem) {
    case 'length':
      return t('enterprise.creditCode.length', { length: problem.length });
    case 'characters':
      return t('enterprise.creditCode.character', { character: problem.character });
    case 'structure':
      return t('enterprise.creditCode.structure');
    case 'checksum':
      return t('enterprise.creditCode.checkCharacter');
  }
}

/**
 * Possible duplicates of what is being typed, asked for once the user pauses; when editing, only once the name or
 * code differs from the saved one, so that opening a record does not greet the user with old news.
 */
function useDuplicateCandidates(form: FormInstance<EnterpriseFormValues>, saved: Enterprise | undefined, active: boolean) {
  const excludeId = saved?.id;
  const name = Form.useWatch('name', form)?.trim() ?? '';
  const rawCode = Form.useWatch('creditCode', form) ?? '';
  const code = canonicalCreditCode(rawCode);
  const creditCode = code && !creditCodeProblem(code) ? code : undefined;
  const key = useDebounced({ name, creditCode }, 400);
  const { data } = useQuery({
    queryKey: ['enterprises', 'duplicates', key.name, key.creditCode, excludeId],
    queryFn: ({ signal }) => findDuplicates({ name: key.name, ...(key.creditCode ? { creditCode: key.creditCode } : {}), ...(excludeId ? { excludeId } : {}) }, signal),
    enabled: active && (key.name !== saved?.name || (key.creditCode ?? null) !== saved.creditCode) && (key.name.length >= 2 || Boolean(key.creditCode)),
    staleTime: 10_000,
  });
  return data?.candidates ?? [];
}

function ContactFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={t('enterprise.form.contactNumber', { number: index + 1 })}
              extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('enterprise.form.removeContact')} />}
            >
              <Form.Item name={[field.name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name={[field.name, 'name']} label={t('enterprise.contact.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[field.name, 'title']} label={t('enterprise.contact.title')}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[field.name, 'phone']} label={t('enterprise.contact.phone')}>
                    <Input maxLength={50} inputMode="tel" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[field.name, 'email']} label={t('enterprise.contact.email')} rules={[{ type: 'email', message: t('enterprise.form.emailInvalid') }]}>
                    <Input maxLength={200} inputMode="email" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name={[field.name, 'isPrimary']} valuePropName="checked" style={{ marginBottom: 0 }}>
                <Checkbox>{t('enterprise.contact.isPrimary')}</Checkbox>
              </Form.Item>
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ isPrimary: fields.length === 0 })} block>
            {t('enterprise.form.addContact')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

function EnterpriseForm({ enterprise }: { enterprise?: Enterprise }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);
  const [takenBy, setTakenBy] = useState<DuplicateCandidate[]>([]);
  const initialValues = useMemo(() => (enterprise ? valuesOf(enterprise) : { contacts: [] }), [enterprise]);
  // An enterprise user keeps their own address and contacts current; the register itself is the staff's.
  const limited = !can(me, 'enterprise.edit');
  const candidates = useDuplicateCandidates(form, enterprise, !limited);

  async function save(values: EnterpriseFormValues, confirmDuplicate = false) {
    setSaving(true);
    setTakenBy([]);
    const input = inputOf(values);
    try {
      const saved = enterprise
        ? await api.PATCH('/api/enterprises/{id}', {
            params: { path: { id: enterprise.id } },
            body: limited ? { address: input.address, contacts: input.contacts } : { ...input, ...(confirmDuplicate ? { confirmDuplicate } : {}) },
          })
        : await api.POST('/api/enterprises', { body: { ...input, ...(confirmDuplicate ? { confirmDuplicate } : {}) } });
      await queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      void message.success(enterprise ? t('common.saved') : t('enterprise.form.created', { name: saved.name }));
      void navigate(`/enterprises/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'enterprise.possibleDuplicate') {
        const found = (error.body.candidates as DuplicateCandidate[] | undefined) ?? [];
        modal.confirm({
          title: error.title,
          width: 520,
          content: (
            <>
              <p>{error.detail}</p>
              <DuplicateList candidates={found} t={t} />
            </>
          ),
          okText: t('enterprise.form.saveAnyway'),
          cancelText: t('common.cancel'),
          onOk: () => save(values, true),
        });
      } else if (error instanceof ApiProblem && error.code === 'enterprise.creditCodeTaken') {
        setTakenBy((error.body.candidates as DuplicateCandidate[] | undefined) ?? []);
        form.setFields([{ name: 'creditCode', errors: [error.title] }]);
        form.scrollToField('creditCode');
      } else {
        showProblem(error);
      }
    } finally {
      setSaving(false);
    }
  }

  const creditCodeRules = [
    {
      validateTrigger: 'onChange',
      validator: async (_: unknown, value: string | undefined) => {
        const code = canonicalCreditCode(value ?? '');
        const problem = creditCodeProblem(code);
        // While typing, only what is already certainly wrong; a short code may just be unfinished.
        if (problem && problem.problem !== 'length') throw new Error(creditCodeMessage(problem, t));
      },
    },
    {
      validateTrigger: 'onBlur',
      validator: async (_: unknown, value: string | undefined) => {
        const code = canonicalCreditCode(value ?? '');
        const problem = code ? creditCodeProblem(code) : null;
        if (problem) throw new Error(creditCodeMessage(problem, t));
      },
    },
  ];

  return (
    <Form<EnterpriseFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void save(values)}
      scrollToFirstError
      className="enterprise-form"
    >
      {limited && <Alert type="info" showIcon title={t('enterprise.form.limitedEditing')} style={{ marginBottom: 16 }} />}
      <Card title={t('enterprise.form.basics')}>
        {candidates.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('enterprise.duplicates.warning')}
            description={<DuplicateList candidates={candidates} t={t} />}
            data-testid="duplicate-warning"
          />
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('enterprise.fields.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}>
              <Input maxLength={200} disabled={limited} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={t('enterprise.fields.creditCode')}
              rules={creditCodeRules}
              validateTrigger={['onChange', 'onBlur']}
              validateFirst
              extra={takenBy.length > 0 && <DuplicateList candidates={takenBy} t={t} />}
              normalize={(value: string) => value.toUpperCase()}
            >
              <Input maxLength={24} autoComplete="off" spellCheck={false} disabled={limited} placeholder={t('enterprise.form.creditCodePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="formerNames" label={t('enterprise.fields.formerNames')} extra={t('enterprise.form.formerNamesHint')}>
              <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ';', '；']} disabled={limited} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industryCode" label={t('enterprise.fields.industry')}>
              <IndustryPicker disabled={limited} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regionCode" label={t('enterprise.fields.region')}>
              <RegionPicker disabled={limited} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('enterprise.fields.address')} rules={[{ max: 300 }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={8}>
            <Form.Item name="registeredCapitalWan" label={t('enterprise.fields.registeredCapitalWan')}>
              <InputNumber min={0} max={1e12} style={{ width: '100%' }} suffix={t('enterprise.capitalUnit')} disabled={limited} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={8}>
            <Form.Item name="foundedOn" label={t('enterprise.fields.foundedOn')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(), 'day')} disabled={limited} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="sizeClass" label={t('enterprise.fields.sizeClass')}>
              <Select allowClear options={sizeClasses.map((size) => ({ value: size, label: t(`sizeClass.${size}`) }))} disabled={limited} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            {/* Tags are the staff's to manage; an enterprise user only sees them. */}
            {limited ? (
              <Form.Item label={t('enterprise.fields.tags')}>{enterprise?.tags.length ? <EnterpriseTags tags={enterprise.tags} /> : '—'}</Form.Item>
            ) : (
              <Form.Item name="tagIds" label={t('enterprise.fields.tags')}>
                <TagPicker />
              </Form.Item>
            )}
          </Col>
        </Row>
      </Card>
      <Card title={t('enterprise.fields.contacts')} style={{ marginTop: 16 }}>
        <ContactFields />
      </Card>
      <div className="form-actions">
        <Button onClick={() => void navigate(enterprise ? `/enterprises/${enterprise.id}` : '/enterprises')}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          {enterprise ? t('common.save') : t('enterprise.form.create')}
        </Button>
      </div>
    </Form>
  );
}

function EditEnterprise({ id }: { id: string }) {
  const me = useMe();
  const { data: enterprise, error, refetch } = useEnterprise(id);
  if (!canEditEnterprise(me, id)) return <ForbiddenResult />;
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (!enterprise) return <PageLoading />;
  // A merged-away record is edited no more; its detail page leads on to the one that survived.
  if (enterprise.mergedIntoId) return <Navigate to={`/enterprises/${id}`} replace />;
  return <EnterpriseForm enterprise={enterprise} />;
}

export function EnterpriseFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  return (
    <>
      <PageHeader title={id ? t('enterprise.form.editTitle') : t('enterprise.form.createTitle')} />
      {id ? <EditEnterprise id={id} /> : <EnterpriseForm />}
    </>
  );
}
