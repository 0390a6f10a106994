import { App, Button, Card, Form, Input, Radio, Segmented, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../app/api.ts';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { submissionKey } from '../../components/submission-key.ts';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { useCategories, usePlaces, useRefreshDesk, type ServiceRequestPriority } from './api.ts';

interface SubmitForm {
  enterpriseId?: string;
  channel?: 'phone' | 'walk-in';
  categoryCode: string;
  priority: ServiceRequestPriority;
  siteId?: string;
  buildingId?: string;
  unitId?: string;
  locationText?: string;
  description: string;
}

const priorities: ServiceRequestPriority[] = ['urgent', 'high', 'normal', 'low'];

/**
 * A new request, phone width first: what it is about, where (a site → building → unit from the register, or in
 * words), what happened. An agent logs a call or a walk-in for the enterprise they name. A market window (服务窗口)
 * asks for no place, and is all an investor without an enterprise may choose; `?category=` preselects one (the
 * market's "ask a window" links). The form keeps one key per submission, so a double tap opens one request; photos
 * are added on the request's page that follows.
 */
export function SubmitRequestPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refresh = useRefreshDesk();
  const me = useMe();
  const agent = can(me, 'serviceRequest.log');
  const [search] = useSearchParams();
  const categories = useCategories();
  const choices = (categories.data ?? []).filter((category) => agent || me.enterpriseId || category.marketWindow);
  const places = usePlaces();
  const [form] = Form.useForm<SubmitForm>();
  const showProblem = useShowFormProblem(form);
  const [key, setKey] = useState(submissionKey);
  const [saving, setSaving] = useState(false);
  const [where, setWhere] = useState<'register' | 'text'>('register');
  const siteId = Form.useWatch('siteId', form);
  const buildingId = Form.useWatch('buildingId', form);
  const site = places.data?.find((place) => place.id === siteId);
  const building = site?.buildings.find((item) => item.id === buildingId);
  const preselected = choices.find((item) => item.code === search.get('category'))?.code;
  // The watch reports a choice once made; until then the preselected one is the form's.
  const categoryCode = Form.useWatch('categoryCode', form) ?? preselected;
  const category = choices.find((item) => item.code === categoryCode);
  const needsPlace = !category?.marketWindow;

  async function submit(values: SubmitForm) {
    setSaving(true);
    try {
      const created = await api.POST('/api/service-requests', {
        body: {
          categoryCode: values.categoryCode,
          priority: values.priority,
          description: values.description.trim(),
          idempotencyKey: key,
          ...(!needsPlace
            ? {}
            : where === 'register' && values.siteId
              ? { site: { siteId: values.siteId, buildingId: values.buildingId ?? null, unitId: values.unitId ?? null } }
              : { locationText: values.locationText?.trim() }),
          ...(agent ? { enterpriseId: values.enterpriseId, channel: values.channel } : {}),
        },
      });
      setKey(submissionKey());
      await refresh();
      void message.success(t('serviceDesk.form.submitted', { reference: created.reference }));
      void navigate(`/service-desk/requests/${created.id}`);
    } catch (failure) {
      showProblem(failure);
    } finally {
      setSaving(false);
    }
  }

  const error = categories.error ?? places.error;
  if (error) return <ErrorResult error={error} onRetry={() => void (categories.refetch(), places.refetch())} />;
  return (
    <>
      <PageHeader title={agent ? t('serviceDesk.form.logTitle') : t('serviceDesk.newRequest')} />
      <Card size="small">
        {categories.isPending || places.isPending ? (
          <Skeleton active />
        ) : (
          <Form<SubmitForm> form={form} layout="vertical" initialValues={{ priority: 'normal', channel: 'phone', categoryCode: preselected }} onFinish={(values) => void submit(values)}>
            {agent && (
              <>
                <Form.Item name="enterpriseId" label={t('serviceDesk.fields.enterprise')} rules={[{ required: true, message: t('common.required') }]}>
                  <EnterpriseSelect />
                </Form.Item>
                <Form.Item name="channel" label={t('serviceDesk.fields.channel')}>
                  <Radio.Group optionType="button" options={(['phone', 'walk-in'] as const).map((value) => ({ value, label: t(`serviceDesk.channels.${value}`) }))} />
                </Form.Item>
              </>
            )}
            <Form.Item
              name="categoryCode"
              label={t('serviceDesk.fields.category')}
              extra={category?.description}
              rules={[{ required: true, message: t('serviceDesk.form.pickCategory') }]}
            >
              <Select
                placeholder={t('serviceDesk.form.pickCategory')}
                options={choices.map((item) => ({ value: item.code, label: item.marketWindow ? t('serviceDesk.form.marketWindow', { name: item.name }) : item.name }))}
                aria-label={t('serviceDesk.fields.category')}
              />
            </Form.Item>
            <Form.Item name="priority" label={t('serviceDesk.fields.priority')}>
              <Radio.Group optionType="button" options={priorities.map((value) => ({ value, label: t(`serviceDesk.priorities.${value}`) }))} />
            </Form.Item>
            {needsPlace && (
              <>
                <Form.Item label={t('serviceDesk.fields.location')} required>
                  <Segmented
                    block
                    value={where}
                    onChange={(value) => setWhere(value as 'register' | 'text')}
                    options={[
                      { value: 'register', label: t('serviceDesk.form.fromRegister') },
                      { value: 'text', label: t('serviceDesk.form.inWords') },
                    ]}
                  />
                </Form.Item>
                {where === 'register' ? (
                  <>
                    <Form.Item name="siteId" rules={[{ required: true, message: t('serviceDesk.form.pickSite') }]}>
                      <Select
                        placeholder={t('serviceDesk.form.pickSite')}
                        aria-label={t('serviceDesk.form.pickSite')}
                        options={(places.data ?? []).map((place) => ({ value: place.id, label: place.name }))}
                        onChange={() => form.setFieldsValue({ buildingId: undefined, unitId: undefined })}
                      />
                    </Form.Item>
                    {site && site.buildings.length > 0 && (
                      <Form.Item name="buildingId">
                        <Select
                          allowClear
                          placeholder={t('serviceDesk.form.pickBuilding')}
                          aria-label={t('serviceDesk.form.pickBuilding')}
                          options={site.buildings.map((item) => ({ value: item.id, label: item.name }))}
                          onChange={() => form.setFieldsValue({ unitId: undefined })}
                        />
                      </Form.Item>
                    )}
                    {building && building.units.length > 0 && (
                      <Form.Item name="unitId">
                        <Select
                          allowClear
                          showSearch
                          optionFilterProp="label"
                          placeholder={t('serviceDesk.form.pickUnit')}
                          aria-label={t('serviceDesk.form.pickUnit')}
                          options={building.units.map((unit) => ({ value: unit.id, label: `${unit.floorLabel} · ${unit.code}` }))}
                        />
                      </Form.Item>
                    )}
                  </>
                ) : (
                  <Form.Item name="locationText" rules={[{ required: true, whitespace: true, message: t('serviceDesk.form.describePlace') }]}>
                    <Input maxLength={200} placeholder={t('serviceDesk.form.describePlace')} aria-label={t('serviceDesk.form.describePlace')} />
                  </Form.Item>
                )}
              </>
            )}
            <Form.Item name="description" label={t('serviceDesk.fields.description')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              <Input.TextArea maxLength={5000} autoSize={{ minRows: 4, maxRows: 12 }} placeholder={t('serviceDesk.form.descriptionPlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={saving}>
              {t('serviceDesk.form.submit')}
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
}
