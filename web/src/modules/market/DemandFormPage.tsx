import { ArrowLeftOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../app/api.ts';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useDebounced } from '../../components/use-debounced.ts';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { ipOwnerships, useDemand, useRefreshMarket, type Demand, type DemandKind } from './api.ts';
import { demandFormValues, emptyDemandForm, toDemandChanges, toNewDemandBody, type DemandFormValues } from './demand-form.ts';
import { ContactsEditor, FieldSelect, MaturitySelect, ModesSelect } from './form-parts.tsx';
import { LiveMatchPreview } from '../market-matching/index.ts';

const wide = { flex: '1 1 220px' } as const;

/** A section's heading with what it means for who reads it. */
function SectionTitle({ icon, title, explain }: { icon: ReactNode; title: string; explain: string }) {
  return (
    <div style={{ whiteSpace: 'normal', paddingBlock: 8 }}>
      <Typography.Text strong>
        {icon} {title}
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0, fontWeight: 'normal' }}>
        {explain}
      </Typography.Paragraph>
    </div>
  );
}

function TechnologyPart() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="targets" label={t('market.fields.targets')} extra={t('market.form.targetsHint')}>
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 8 }} placeholder={t('market.form.targetsPlaceholder')} />
      </Form.Item>
      <Flex wrap gap={16}>
        <Form.Item name="fieldId" label={t('market.fields.field')} extra={t('market.form.fieldUnknown')} style={wide}>
          <FieldSelect />
        </Form.Item>
        <Form.Item name="maturityNeeded" label={t('market.fields.maturityNeeded')} style={wide}>
          <MaturitySelect />
        </Form.Item>
      </Flex>
      <Flex wrap gap={16}>
        <Form.Item name="budgetWan" label={t('market.form.budgetLabel')} extra={t('market.form.budgetHint')} style={wide}>
          <InputNumber min={0} max={100_000_000} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deadline" label={t('market.fields.deadline')} style={wide}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Flex wrap gap={16}>
        <Form.Item name="ipOwnership" label={t('market.fields.ipOwnership')} style={wide}>
          <Select allowClear options={ipOwnerships.map((value) => ({ value, label: t(`market.ipOwnership.${value}`) }))} />
        </Form.Item>
        <Form.Item name="modes" label={t('market.fields.modes')} style={wide}>
          <ModesSelect />
        </Form.Item>
      </Flex>
    </>
  );
}

function CapitalPart() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="fieldIds" label={t('market.fields.investedFields')}>
        <FieldSelect multiple />
      </Form.Item>
      <Form.Item name="stages" label={t('market.fields.stages')}>
        <MaturitySelect multiple />
      </Form.Item>
      <Form.Item label={t('market.fields.ticket')} style={{ marginBottom: 0 }}>
        <Flex wrap gap={16}>
          <Form.Item name="ticketMinWan" style={wide}>
            <InputNumber min={0} max={100_000_000} precision={2} placeholder={t('market.fields.ticketMin')} aria-label={t('market.fields.ticketMin')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="ticketMaxWan"
            style={wide}
            dependencies={['ticketMinWan']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_rule, max: number | null | undefined) => {
                  const min = getFieldValue('ticketMinWan') as number | null | undefined;
                  if (typeof min === 'number' && typeof max === 'number' && min > max) throw new Error(t('market.form.ticketInvalid'));
                },
              }),
            ]}
          >
            <InputNumber min={0} max={100_000_000} precision={2} placeholder={t('market.fields.ticketMax')} aria-label={t('market.fields.ticketMax')} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      </Form.Item>
      <Form.Item name="modes" label={t('market.fields.modes')}>
        <ModesSelect />
      </Form.Item>
    </>
  );
}

/** The matches for what is written so far, once the writing pauses; nothing is saved for it. */
function LiveMatches({ form }: { form: ReturnType<typeof Form.useForm<DemandFormValues>>[0] }) {
  const values = Form.useWatch([], form) as DemandFormValues | undefined;
  const draft = useDebounced(values ? toNewDemandBody({ ...values, title: values.title ?? '', summary: values.summary ?? '' }, { includeOwner: false }) : null, 600);
  return draft && <LiveMatchPreview draft={draft} />;
}

function DemandForm({ kind, demand }: { kind: DemandKind; demand?: Demand }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refresh = useRefreshMarket();
  const reviewer = can(useMe(), 'demand.review');
  const [form] = Form.useForm<DemandFormValues>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);
  const technology = kind === 'technology';

  async function save(values: DemandFormValues) {
    setSaving(true);
    try {
      const saved = demand
        ? await api.PATCH('/api/market/demands/{id}', { params: { path: { id: demand.id } }, body: toDemandChanges(values) })
        : await api.POST('/api/market/demands', { body: toNewDemandBody(values, { includeOwner: reviewer }) });
      await refresh();
      void message.success(demand ? t('common.saved') : t('market.form.created'));
      void navigate(`/market/demands/${saved.id}`);
    } catch (failure) {
      showProblem(failure);
    } finally {
      setSaving(false);
    }
  }

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Form<DemandFormValues>
      form={form}
      layout="vertical"
      initialValues={demand ? demandFormValues(demand) : emptyDemandForm(kind)}
      onFinish={(values) => void save({ ...values, kind })}
      scrollToFirstError
    >
      <Flex vertical gap={16}>
        <Card size="small" title={<SectionTitle icon={<EyeOutlined />} title={t('market.form.publicSection')} explain={t('market.form.publicExplain')} />}>
          {reviewer && !demand && (
            <Form.Item name="ownerId" label={t('market.form.owner')} extra={t('market.form.ownerHint')} rules={[{ required: true, message: t('common.required') }]}>
              <EnterpriseSelect />
            </Form.Item>
          )}
          <Form.Item name="title" label={t('market.fields.title')} rules={required}>
            <Input maxLength={200} placeholder={technology ? t('market.form.problemTitlePlaceholder') : t('market.form.capitalTitlePlaceholder')} />
          </Form.Item>
          <Form.Item name="summary" label={t('market.fields.summary')} rules={required} extra={technology ? t('market.form.problemSummaryHint') : t('market.form.capitalSummaryHint')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 4, maxRows: 10 }} />
          </Form.Item>
          {technology ? <TechnologyPart /> : <CapitalPart />}
        </Card>
        <LiveMatches form={form} />
        <Card size="small" title={<SectionTitle icon={<LockOutlined />} title={t('market.form.confidentialSection')} explain={t('market.form.confidentialExplain')} />}>
          <Form.Item name="confidentialDetails" label={t('market.fields.confidentialDetails')}>
            <Input.TextArea maxLength={20000} autoSize={{ minRows: 4, maxRows: 16 }} placeholder={t('market.form.confidentialPlaceholder')} />
          </Form.Item>
        </Card>
        <Card size="small" title={t('market.fields.contacts')}>
          <ContactsEditor />
        </Card>
        <Button type="primary" htmlType="submit" loading={saving} block>
          {t('market.form.saveDraft')}
        </Button>
      </Flex>
    </Form>
  );
}

function EditDemand({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useDemand(id);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending) return <Skeleton active />;
  if (data.state !== 'draft') return <Alert type="warning" showIcon title={t('market.form.onlyDraft')} />;
  return <DemandForm key={data.id} kind={data.kind} demand={data} />;
}

/**
 * 需求表: a technology demand (the problem in the demander's words, made measurable) or an investor's capital
 * demand; what the market sees and what stays confidential are separate sections, each saying who reads it.
 */
export function DemandFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [search] = useSearchParams();
  const kind: DemandKind = search.get('kind') === 'capital' ? 'capital' : 'technology';
  const title = id ? t('market.demands.editTitle') : kind === 'capital' ? t('market.demands.newTitleCapital') : t('market.demands.newTitleTechnology');
  return (
    <>
      <PageHeader
        title={title}
        extra={
          <Link to={id ? `/market/demands/${id}` : '/market/mine?tab=demands'}>
            <Button icon={<ArrowLeftOutlined />}>{t('market.back')}</Button>
          </Link>
        }
      />
      {id ? <EditDemand id={id} /> : <DemandForm key={kind} kind={kind} />}
    </>
  );
}
