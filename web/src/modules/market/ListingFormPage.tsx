import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api.ts';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { useListing, useRefreshMarket, type Listing } from './api.ts';
import { ContactsEditor, FieldSelect, MaturitySelect, ModesSelect, PatentsEditor } from './form-parts.tsx';
import { emptyListingForm, listingFormValues, toListingBody, type ListingFormValues } from './listing-form.ts';

const trlOptions = Array.from({ length: 9 }, (_, index) => ({ value: index + 1, label: `TRL ${index + 1}` }));

function ListingForm({ listing }: { listing?: Listing }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refresh = useRefreshMarket();
  const reviewer = can(useMe(), 'listing.review');
  const [form] = Form.useForm<ListingFormValues>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);
  const negotiable = Form.useWatch('priceNegotiable', form);

  async function save(values: ListingFormValues) {
    setSaving(true);
    try {
      const saved = listing
        ? await api.PATCH('/api/market/listings/{id}', { params: { path: { id: listing.id } }, body: toListingBody(values, { includeOwner: false }) })
        : await api.POST('/api/market/listings', { body: toListingBody(values, { includeOwner: reviewer }) });
      await refresh();
      void message.success(listing ? t('common.saved') : t('market.form.created'));
      void navigate(`/market/listings/${saved.id}`);
    } catch (failure) {
      showProblem(failure);
    } finally {
      setSaving(false);
    }
  }

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Form<ListingFormValues>
      form={form}
      layout="vertical"
      initialValues={listing ? listingFormValues(listing) : emptyListingForm}
      onFinish={(values) => void save(values)}
      scrollToFirstError
    >
      <Card size="small">
        {reviewer && !listing && (
          <Form.Item name="ownerId" label={t('market.form.owner')} extra={t('market.form.ownerHint')} rules={[{ required: true, message: t('common.required') }]}>
            <EnterpriseSelect />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('market.fields.title')} rules={required}>
          <Input maxLength={200} placeholder={t('market.form.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="summary" label={t('market.fields.summary')} rules={required} extra={t('market.form.summaryHint')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="details" label={t('market.fields.details')} extra={t('market.form.detailsHint')}>
          <Input.TextArea maxLength={20000} autoSize={{ minRows: 5, maxRows: 20 }} />
        </Form.Item>
        <Flex wrap gap={16}>
          <Form.Item name="fieldId" label={t('market.fields.field')} style={{ flex: '1 1 220px' }}>
            <FieldSelect />
          </Form.Item>
          <Form.Item name="maturity" label={t('market.fields.maturity')} style={{ flex: '1 1 160px' }}>
            <MaturitySelect />
          </Form.Item>
          <Form.Item name="trl" label={t('market.fields.trl')} style={{ flex: '1 1 160px' }}>
            <Select allowClear options={trlOptions} />
          </Form.Item>
        </Flex>
        <Form.Item name="keywords" label={t('market.fields.keywords')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、', ';', '；']} open={false} suffixIcon={null} placeholder={t('market.form.keywordsPlaceholder')} maxCount={20} />
        </Form.Item>
        <Form.Item name="modes" label={t('market.fields.modes')}>
          <ModesSelect />
        </Form.Item>
        <Form.Item label={t('market.fields.price')} required={!negotiable}>
          <Flex wrap gap={16} align="center">
            <Form.Item name="priceNegotiable" valuePropName="checked" noStyle>
              <Checkbox>{t('market.form.priceNegotiable')}</Checkbox>
            </Form.Item>
            <Form.Item
              name="priceWan"
              noStyle
              dependencies={['priceNegotiable']}
              rules={[{ required: !negotiable, message: t('market.form.priceRequired') }]}
            >
              <InputNumber min={0} max={100_000_000} precision={2} disabled={negotiable} placeholder={t('market.form.priceAmount')} aria-label={t('market.form.priceAmount')} style={{ width: 200 }} />
            </Form.Item>
          </Flex>
        </Form.Item>
      </Card>
      <Card size="small" title={t('market.fields.patents')} style={{ marginTop: 16 }}>
        <PatentsEditor />
      </Card>
      <Card size="small" title={t('market.fields.contacts')} style={{ marginTop: 16 }}>
        <ContactsEditor />
      </Card>
      <Button type="primary" htmlType="submit" loading={saving} block style={{ marginTop: 16 }}>
        {t('market.form.saveDraft')}
      </Button>
    </Form>
  );
}

/** A new listing, or a draft's changes: the record as its owner describes it; files are added on its page. */
export function ListingFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const back = (
    <Link to={id ? `/market/listings/${id}` : '/market/mine'}>
      <Button icon={<ArrowLeftOutlined />}>{t('market.back')}</Button>
    </Link>
  );
  return (
    <>
      <PageHeader title={id ? t('market.listings.editTitle') : t('market.listings.newTitle')} extra={back} />
      {id ? <EditListing id={id} /> : <ListingForm />}
    </>
  );
}

function EditListing({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useListing(id);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending) return <Skeleton active />;
  if (data.state !== 'draft') return <Alert type="warning" showIcon title={t('market.form.onlyDraft')} />;
  return <ListingForm key={data.id} listing={data} />;
}
