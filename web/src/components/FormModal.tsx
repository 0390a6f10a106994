import { App, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowFormProblem } from './form-problems.ts';

interface FormModalProps<T> {
  title: ReactNode;
  initialValues?: Partial<T>;
  /** Sends the values; a thrown problem is shown on its fields and the dialog stays open. */
  onSubmit: (values: T) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A dialog holding one form that saves to the server: busy while saving, "saved" and closed when it worked, the
 * server's field messages under their fields when it did not.
 */
export function FormModal<T extends object>({ title, initialValues, onSubmit, onClose, children }: FormModalProps<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<T>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);

  async function save(values: T) {
    setSaving(true);
    try {
      await onSubmit(values);
      void message.success(t('common.saved'));
      onClose();
    } catch (failure) {
      showProblem(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={saving} destroyOnHidden>
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void save(values)}>
        {children}
      </Form>
    </Modal>
  );
}
