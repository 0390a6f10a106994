import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Progress, Result, Row, Space, Statistic, Steps, Table, Tabs, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, download, upload } from '../../app/api.ts';
import { formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { describeError } from '../../components/describe-error.ts';
import type { ImportProgress, ImportStatus, ValidatedImport } from '../../api/types.ts';
import { enterpriseKeys } from './api.ts';

/** Every problem of a row, one a line: a row may have many, and each names its column. */
function RowProblems({ messages }: { messages: string[] }) {
  return (
    <Flex vertical gap={2}>
      {messages.map((message, i) => (
        <Typography.Text key={i} type="danger">
          {message}
        </Typography.Text>
      ))}
    </Flex>
  );
}

type PreviewRow = ValidatedImport['preview'][number];

const finished: readonly ImportStatus[] = ['done', 'failed', 'cancelled'];

function UploadStep({ onValidated }: { onValidated: (result: ValidatedImport) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function send(file: File) {
    setFailure(null);
    setPercent(0);
    const form = new FormData();
    form.append('file', file);
    try {
      onValidated(await upload('/api/enterprises/imports', form, setPercent));
    } catch (error) {
      setFailure(describeError(error, t));
    } finally {
      setPercent(null);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title={t('enterprise.import.templateHint')}
        action={
          <Button
            size="small"
            icon={<DownloadOutlined />}
            onClick={() => void download('/api/enterprises/import-template', t('enterprise.import.templateFileName')).catch((error: unknown) => void message.error(describeError(error, t)))}
          >
            {t('enterprise.import.downloadTemplate')}
          </Button>
        }
      />
      {failure && <Alert type="error" showIcon title={failure} role="alert" />}
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={percent !== null}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('enterprise.import.dropHere')}</p>
        <p className="ant-upload-hint">{t('enterprise.import.fileTypes')}</p>
      </Upload.Dragger>
      {percent !== null && (
        <div>
          <Typography.Text>{percent < 100 ? t('enterprise.import.uploading') : t('enterprise.import.validating')}</Typography.Text>
          <Progress percent={percent} status="active" />
        </div>
      )}
    </Space>
  );
}

/** The columns the file had, in its order. */
function previewColumns(rows: PreviewRow[]): string[] {
  return Object.keys(rows[0]?.values ?? {});
}

function PreviewStep({ result, onDiscard, onCommitted }: { result: ValidatedImport; onDiscard: () => void; onCommitted: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const columns = previewColumns(result.preview);

  // The server keeps a validated upload until it is imported or discarded; one the user turns away from is discarded.
  function discard() {
    void api.POST('/api/enterprises/imports/{id}/cancel', { params: { path: { id: result.id } } }).catch(() => undefined);
    onDiscard();
  }

  function confirmImport() {
    modal.confirm({
      title: t('enterprise.import.confirmTitle'),
      content: result.invalidRows
        ? t('enterprise.import.confirmWithSkipped', { valid: result.validRows, invalid: result.invalidRows })
        : t('enterprise.import.confirmAll', { valid: result.validRows }),
      okText: t('enterprise.import.start'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.POST('/api/enterprises/imports/{id}/commit', { params: { path: { id: result.id } } });
          onCommitted();
        } catch (error) {
          void message.error(describeError(error, t));
        }
      },
    });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={8}>
          <Statistic title={t('enterprise.import.totalRows')} value={result.totalRows} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('enterprise.import.validRows')} value={result.validRows} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('enterprise.import.invalidRows')} value={result.invalidRows} styles={{ content: { color: result.invalidRows ? '#cf1322' : undefined } }} />
        </Col>
      </Row>
      {result.invalidRows > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('enterprise.import.invalidExplained', { count: result.invalidRows })}
          action={
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => void download(`/api/enterprises/imports/${result.id}/errors.xlsx`, t('enterprise.import.errorsFileName')).catch((error: unknown) => void message.error(describeError(error, t)))}
            >
              {t('enterprise.import.downloadErrors')}
            </Button>
          }
        />
      )}
      <Tabs
        items={[
          {
            key: 'preview',
            label: t('enterprise.import.preview'),
            children: (
              <Table<PreviewRow>
                size="small"
                rowKey="rowNumber"
                dataSource={result.preview}
                scroll={{ x: 'max-content' }}
                pagination={{ pageSize: 10, showSizeChanger: false }}
                rowClassName={(row) => (row.errors.length ? 'import-row-invalid' : '')}
                // The check result comes first: it is what the user has to act on.
                columns={[
                  { key: 'rowNumber', title: t('enterprise.import.rowNumber'), dataIndex: 'rowNumber', width: 64 },
                  {
                    key: 'errors',
                    title: t('enterprise.import.problems'),
                    width: 260,
                    render: (_: unknown, row: PreviewRow) =>
                      row.errors.length ? <RowProblems messages={row.errors} /> : <Typography.Text type="success">{t('enterprise.import.rowOk')}</Typography.Text>,
                  },
                  ...columns.map((column) => ({ key: column, title: column, render: (_: unknown, row: PreviewRow) => row.values[column] ?? '' })),
                ]}
              />
            ),
          },
          ...(result.errors.length
            ? [
                {
                  key: 'errors',
                  label: t('enterprise.import.errorRows', { count: result.errors.length }),
                  children: (
                    <Table
                      size="small"
                      rowKey="rowNumber"
                      dataSource={result.errors}
                      pagination={{ pageSize: 10, showSizeChanger: false }}
                      columns={[
                        { key: 'rowNumber', title: t('enterprise.import.rowNumber'), dataIndex: 'rowNumber', width: 70 },
                        { key: 'messages', title: t('enterprise.import.problems'), dataIndex: 'messages', render: (messages: string[]) => <RowProblems messages={messages} /> },
                      ]}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <div className="form-actions">
        <Button icon={<ReloadOutlined />} onClick={discard}>
          {t('enterprise.import.uploadAnother')}
        </Button>
        <Button type="primary" disabled={result.validRows === 0} onClick={confirmImport}>
          {t('enterprise.import.importValid', { count: result.validRows })}
        </Button>
      </div>
    </Space>
  );
}

function ProgressStep({ id, onRestart, onFinished }: { id: string; onRestart: () => void; onFinished: (status: ImportStatus) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data, error } = useQuery({
    queryKey: ['enterprise-imports', id],
    queryFn: async () => {
      const progress: ImportProgress = await api.GET('/api/enterprises/imports/{id}', { params: { path: { id } } });
      if (progress.status === 'done') await queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      return progress;
    },
    // Every second until the import has finished one way or the other.
    refetchInterval: (query) => (query.state.data && finished.includes(query.state.data.status) ? false : 1000),
  });

  const status = data?.status;
  useEffect(() => {
    if (status && finished.includes(status)) onFinished(status);
  }, [status, onFinished]);

  if (error) return <Result status="error" title={t('enterprise.import.statusUnknown')} subTitle={describeError(error, t)} />;
  if (data?.status === 'done') {
    return (
      <Result
        status="success"
        title={t('enterprise.import.doneTitle', { count: data.importedRows })}
        subTitle={data.invalidRows ? t('enterprise.import.doneSkipped', { count: data.invalidRows }) : formatDateTime(data.finishedAt)}
        extra={[
          <Link key="list" to="/enterprises?sort=createdAt&order=desc">
            <Button type="primary">{t('enterprise.import.viewList')}</Button>
          </Link>,
          <Button key="again" onClick={onRestart}>
            {t('enterprise.import.uploadAnother')}
          </Button>,
        ]}
      />
    );
  }
  if (data?.status === 'failed' || data?.status === 'cancelled') {
    return (
      <Result
        status="error"
        title={data.status === 'failed' ? t('enterprise.import.failedTitle') : t('enterprise.import.cancelledTitle')}
        subTitle={data.error ?? undefined}
        extra={<Button onClick={onRestart}>{t('enterprise.import.uploadAnother')}</Button>}
      />
    );
  }
  const total = data?.validRows ?? 0;
  const done = data?.processedRows ?? 0;
  return (
    <div className="import-progress" data-testid="import-progress">
      <Typography.Title level={5}>{data?.status === 'importing' ? t('enterprise.import.importing') : t('enterprise.import.queued')}</Typography.Title>
      <Progress percent={total ? Math.floor((done / total) * 100) : 0} status="active" />
      <Typography.Text type="secondary">{t('enterprise.import.processed', { done, total })}</Typography.Text>
    </div>
  );
}

/** 批量导入: upload a spreadsheet, review what the server made of it, then import the valid rows. */
export function ImportWizardPage() {
  const { t } = useTranslation();
  const [validated, setValidated] = useState<ValidatedImport | null>(null);
  const [committed, setCommitted] = useState(false);
  const [outcome, setOutcome] = useState<ImportStatus | null>(null);
  const step = outcome === 'done' ? 3 : committed ? 2 : validated ? 1 : 0;
  const restart = () => {
    setValidated(null);
    setCommitted(false);
    setOutcome(null);
  };
  const markFinished = useCallback((status: ImportStatus) => setOutcome(status), []);

  return (
    <>
      <PageHeader title={t('enterprise.import.title')} />
      <Card>
        <Steps
          current={step}
          status={outcome === 'done' ? 'finish' : outcome ? 'error' : 'process'}
          style={{ marginBottom: 24 }}
          responsive
          items={[{ title: t('enterprise.import.stepUpload') }, { title: t('enterprise.import.stepPreview') }, { title: t('enterprise.import.stepImport') }, { title: t('enterprise.import.stepDone') }]}
        />
        {step === 0 && <UploadStep onValidated={setValidated} />}
        {step === 1 && validated && <PreviewStep result={validated} onDiscard={restart} onCommitted={() => setCommitted(true)} />}
        {step >= 2 && validated && <ProgressStep id={validated.id} onRestart={restart} onFinished={markFinished} />}
      </Card>
    </>
  );
}
