import { Button, Form, Input, List, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../app/api.ts';
import { landingSupportKinds } from '../../../../../src/modules/competition/competition-terms.ts';
import { useShowFormProblem } from '../../../components/form-problems.ts';
import { useLandingSupport, useRefreshResults } from './api.ts';

interface SupportForm {
  kind: (typeof landingSupportKinds)[number];
  note: string;
  givenOn: string;
}

/** An entry's landing support (an incubator place, funding, a bank referral), and a small form to record more. */
export function LandingSupportModal({ editionId, entryId, manages }: { editionId: string; entryId: string; manages: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SupportForm>();
  const showProblem = useShowFormProblem(form);
  const refresh = useRefreshResults();
  const { data } = useLandingSupport(editionId, entryId);

  async function record(values: SupportForm) {
    try {
      await api.POST('/api/competition/editions/{id}/entries/{entryId}/landing-support', { params: { path: { id: editionId, entryId } }, body: values });
      form.resetFields();
      await refresh();
    } catch (problem) {
      showProblem(problem);
    }
  }

  return (
    <>
      <List
        size="small"
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('competitionResults.noSupport') }}
        renderItem={(item) => (
          <List.Item key={item.id}>
            <Typography.Text>
              {item.givenOn} · {t(`competitionResults.supportKinds.${item.kind}`)} · {item.note}
            </Typography.Text>
          </List.Item>
        )}
      />
      {manages && (
        <Form<SupportForm> form={form} layout="vertical" onFinish={(values) => void record(values)} initialValues={{ kind: 'incubatorPlace' }}>
          <Form.Item name="kind" label={t('competitionResults.supportKind')}>
            <Select options={landingSupportKinds.map((value) => ({ value, label: t(`competitionResults.supportKinds.${value}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('competitionResults.supportNote')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="givenOn" label={t('competitionResults.givenOn')} rules={[{ required: true, message: t('common.required') }]}>
            <Input type="date" />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('competitionResults.recordSupport')}
          </Button>
        </Form>
      )}
    </>
  );
}
