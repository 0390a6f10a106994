import { App, Button, Card, Col, Descriptions, Form, Input, Radio, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api.ts';
import { useMe, useSessionActions } from '../../app/auth.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { useChooseLanguage } from '../../components/LanguageSwitcher.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PasswordFields, type PasswordChange } from '../../components/PasswordFields.tsx';
import { RoleTags } from '../../components/RoleTags.tsx';
import { currentLanguage, languageNames, languages, type Language } from '../../i18n/index.ts';
import { useChangePassword } from '../auth/use-change-password.ts';

function AccountCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const { updateMe } = useSessionActions();
  const [form] = Form.useForm<{ displayName: string }>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);

  async function save({ displayName }: { displayName: string }) {
    setSaving(true);
    try {
      updateMe(await api.PATCH('/api/auth/me', { body: { displayName } }));
      void message.success(t('common.saved'));
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card title={t('profile.account')}>
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { key: 'username', label: t('profile.username'), children: me.username },
          { key: 'roles', label: t('profile.roles'), children: <RoleTags roles={me.roles} /> },
          ...(me.enterpriseId
            ? [{ key: 'enterprise', label: t('profile.enterprise'), children: <Link to={`/enterprises/${me.enterpriseId}`}>{t('nav.myEnterprise')}</Link> }]
            : []),
        ]}
      />
      <Form form={form} layout="vertical" initialValues={{ displayName: me.displayName }} onFinish={save} requiredMark={false}>
        <Form.Item name="displayName" label={t('profile.displayName')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

function LanguageCard() {
  const { t } = useTranslation();
  const choose = useChooseLanguage();
  return (
    <Card title={t('profile.language')}>
      <Radio.Group
        value={currentLanguage()}
        onChange={(event) => void choose(event.target.value as Language)}
        options={languages.map((language) => ({ value: language, label: <span lang={language}>{languageNames[language]}</span> }))}
      />
    </Card>
  );
}

function PasswordCard() {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordChange>();
  const { submit, saving } = useChangePassword(form, () => undefined);
  return (
    <Card title={t('profile.changePassword')}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <PasswordFields />
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('profile.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('profile.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <AccountCard />
            </Col>
            <Col span={24}>
              <LanguageCard />
            </Col>
          </Row>
        </Col>
        <Col xs={24} lg={12}>
          <PasswordCard />
        </Col>
      </Row>
    </>
  );
}
