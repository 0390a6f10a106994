import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, upload } from '../../app/api.ts';
import { attachmentsKey } from '../../components/Attachments.tsx';
import { describeError } from '../../components/describe-error.ts';

interface FileFieldProps {
  projectId: string;
  multiple?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  id?: string;
}

/**
 * Evidence that is a file on the project (an agreement, a site photo): chosen among the project's files, or
 * uploaded right here and chosen at once, so that the move's form is complete without leaving it.
 */
export function FileField({ projectId, multiple, value, onChange, id }: FileFieldProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const queryKey = attachmentsKey('project', projectId);
  const files = useQuery({ queryKey, queryFn: () => api.GET('/api/attachments', { params: { query: { kind: 'project', recordId: projectId } } }) });
  const [uploading, setUploading] = useState(false);

  async function send(file: File) {
    const form = new FormData();
    form.append('kind', 'project');
    form.append('recordId', projectId);
    form.append('file', file);
    setUploading(true);
    try {
      const uploaded = await upload('/api/attachments', form, () => undefined);
      await queryClient.invalidateQueries({ queryKey });
      const ids = Array.isArray(value) ? value : [];
      onChange?.(multiple ? [...ids, uploaded.id] : uploaded.id);
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setUploading(false);
    }
  }

  return (
    <Flex vertical gap={8}>
      <Select
        id={id}
        mode={multiple ? 'multiple' : undefined}
        value={value}
        onChange={onChange}
        loading={files.isPending}
        placeholder={t('projects.evidence.pickFile')}
        options={(files.data?.items ?? []).map((file) => ({ value: file.id, label: file.fileName }))}
      />
      <Upload
        showUploadList={false}
        multiple={false}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={uploading}>
          {t('projects.evidence.uploadFile')}
        </Button>
      </Upload>
    </Flex>
  );
}
