import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { entryStages, financingRounds } from './entries-api.ts';

/** What the entry's form holds, whoever fills it in: the entrant on the public form, or an organiser for them. */
export interface EntryFormValues {
  trackId: string;
  projectName: string;
  organisationName: string;
  creditCode?: string;
  stage: string;
  financing: string;
  financingWan?: number | null;
  teamSize: number;
  teamSummary: string;
  summary: string;
  contactName: string;
  contactPhone: string;
  contactEmail?: string;
  businessPlan: UploadFile[];
  pitchDeck: UploadFile[];
}

export const entryFormDefaults = { stage: 'prototype', financing: 'none', teamSize: 3 };

const fileList = (event: { fileList: UploadFile[] }) => event.fileList.slice(-1);

/**
 * The multipart form the server reads: the fields as JSON (`entry`, with the form's idempotency key, an empty
 * optional field sent as none), then the business plan and the pitch deck.
 */
export function entryFormData<T extends EntryFormValues>(values: T, idempotencyKey: string): FormData {
  const { businessPlan, pitchDeck, ...fields } = values;
  const body = new FormData();
  body.append('entry', JSON.stringify({ ...fields, creditCode: fields.creditCode || null, contactEmail: fields.contactEmail || null, idempotencyKey }));
  body.append('businessPlan', businessPlan[0]!.originFileObj as Blob, businessPlan[0]!.name);
  body.append('pitchDeck', pitchDeck[0]!.originFileObj as Blob, pitchDeck[0]!.name);
  return body;
}

/** The entry's fields from its track to its two files, laid out for a phone. */
export function EntryFormFields({ tracks }: { tracks: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('common.required') }];
  const fileField = (name: 'businessPlan' | 'pitchDeck', accept: string) => (
    <Form.Item name={name} label={t(`competition.entries.fields.${name}`)} extra={t(`competition.entries.fileHints.${name}`)} valuePropName="fileList" getValueFromEvent={fileList} rules={required}>
      <Upload beforeUpload={() => false} accept={accept} maxCount={1}>
        <Button icon={<UploadOutlined />}>{t('competition.entries.chooseFile')}</Button>
      </Upload>
    </Form.Item>
  );
  return (
    <>
      <Form.Item name="trackId" label={t('competition.entries.fields.track')} rules={required}>
        <Select options={tracks.map((track) => ({ value: track.id, label: track.name }))} />
      </Form.Item>
      <Form.Item name="projectName" label={t('competition.entries.fields.projectName')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="organisationName" label={t('competition.entries.fields.organisationName')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="creditCode" label={t('competition.entries.fields.creditCode')}>
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="stage" label={t('competition.entries.fields.stage')} rules={required}>
        <Select options={entryStages.map((stage) => ({ value: stage, label: t(`competition.entries.stages.${stage}`) }))} />
      </Form.Item>
      <Form.Item name="financing" label={t('competition.entries.fields.financing')} rules={required}>
        <Select options={financingRounds.map((round) => ({ value: round, label: t(`competition.entries.financingRounds.${round}`) }))} />
      </Form.Item>
      <Form.Item name="financingWan" label={t('competition.entries.fields.financingWan')}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="teamSize" label={t('competition.entries.fields.teamSize')} rules={required}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="teamSummary" label={t('competition.entries.fields.teamSummary')} rules={required}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="summary" label={t('competition.entries.fields.summary')} rules={required}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Form.Item name="contactName" label={t('competition.entries.fields.contactName')} rules={required}>
        <Input maxLength={100} autoComplete="name" />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('competition.entries.fields.contactPhone')} rules={required}>
        <Input maxLength={30} type="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item name="contactEmail" label={t('competition.entries.fields.contactEmail')} rules={[{ type: 'email', message: t('competition.entries.badEmail') }]}>
        <Input maxLength={200} type="email" autoComplete="email" />
      </Form.Item>
      {fileField('businessPlan', '.pdf,application/pdf')}
      {fileField('pitchDeck', '.pdf,.pptx')}
    </>
  );
}
