import { ArrowLeftOutlined, MailOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { Attachments } from '../../components/Attachments.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { MarketWindowsCard } from '../service-desk/MarketWindows.tsx';
import type { Listing, MarketKind } from './api.ts';
import { StateTag } from './display.tsx';
import { RecordNotice, StateHistory, WorkflowButtons } from './RecordWorkflow.tsx';

type Contact = Listing['contacts'][number];

/** Contacts with tap-to-call and tap-to-mail, which is what a phone is for. */
export function ContactsView({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return <Typography.Text type="secondary">{t('market.detail.noContacts')}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      {contacts.map((contact, index) => (
        <div key={index}>
          <Typography.Text strong>{contact.name}</Typography.Text>
          <Flex wrap gap={12}>
            {contact.phone && (
              <a href={`tel:${contact.phone}`}>
                <PhoneOutlined /> {contact.phone}
              </a>
            )}
            {contact.email && (
              <a href={`mailto:${contact.email}`} style={{ overflowWrap: 'anywhere' }}>
                <MailOutlined /> {contact.email}
              </a>
            )}
          </Flex>
        </div>
      ))}
    </Flex>
  );
}

/** Long text as written, line breaks kept, long words wrapped on a phone. */
export function Prose({ children }: { children: ReactNode }) {
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginBottom: 0 }}>{children}</Typography.Paragraph>;
}

interface RecordShape {
  id: string;
  title: string;
  state: Listing['state'];
  rejectionReason: string | null;
  allowedActions: string[];
  owner: { id: string; name: string };
}

/**
 * A listing's or demand's page: title and state, the notice its owner must read first (a rejection's reason), the
 * record's own content and its matches, then beside it (below it on a phone) what others may do with it (ask for an
 * introduction), the workflow's actions, the market's service windows for those who may ask them, the files and the
 * history.
 */
export function RecordPage({ kind, record, main, matches, offer }: { kind: MarketKind; record: RecordShape; main: ReactNode; matches: ReactNode; offer?: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  // Edits are the owner's and the reviewers' (the server decides; this only hides a button that would be refused).
  const canEdit = can(me, `${kind}.write`) && (me.enterpriseId === record.owner.id || can(me, `${kind}.review`));
  const list = kind === 'listing' ? '/market/listings' : '/market/demands';
  return (
    <>
      <PageHeader
        title={<span style={{ overflowWrap: 'anywhere' }}>{record.title}</span>}
        extra={
          <Link to={record.state === 'published' ? list : '/market/mine'}>
            <Button icon={<ArrowLeftOutlined />}>{t('market.back')}</Button>
          </Link>
        }
      >
        <Flex wrap gap={8} align="center">
          <StateTag state={record.state} />
          <Typography.Text type="secondary">{record.owner.name}</Typography.Text>
        </Flex>
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            {canEdit && <RecordNotice state={record.state} rejectionReason={record.rejectionReason} />}
            {main}
            {matches}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            {offer}
            {can(me, 'serviceRequest.submit') && <MarketWindowsCard size="small" />}
            {(record.allowedActions.length > 0 || (canEdit && record.state === 'draft')) && (
              <Card size="small">
                <WorkflowButtons kind={kind} id={record.id} state={record.state} allowedActions={record.allowedActions} canEdit={canEdit} block />
              </Card>
            )}
            <Card size="small" title={t('market.fields.attachments')}>
              <Attachments kind={kind} recordId={record.id} />
            </Card>
            {canEdit && <StateHistory kind={kind} id={record.id} />}
          </Flex>
        </Col>
      </Row>
    </>
  );
}
