import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { roleColors, useMyKeyEnterprises, type MyKeyEnterprise } from './api.ts';

function Enterprise({ item }: { item: MyKeyEnterprise }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <section className="key-enterprise" style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginBottom: 4 }}>
        <Link to={`/enterprises/${item.enterpriseId}`} translate="no">
          {item.name}
        </Link>
      </Typography.Title>
      <div style={{ marginBottom: 8 }}>
        {item.roles.map((role) => (
          <Tag key={role} color={roleColors[role]}>
            {t(`keyEnterprises.myRole.${role}`)}
          </Tag>
        ))}
        {item.links
          .filter((link) => link.userId !== me.id)
          .map((link) => (
            <Tag key={link.linkId}>
              {t(`keyEnterprises.roles.${link.role}`)} <span translate="no">{link.name}</span>
            </Tag>
          ))}
      </div>
      <Typography.Text type="secondary">{t('keyEnterprises.home.recentVisits')}</Typography.Text>
      {item.recentVisits.length ? (
        <List
          size="small"
          dataSource={item.recentVisits}
          renderItem={(visit) => (
            <List.Item key={visit.id} style={{ paddingInline: 0 }}>
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                {visit.mayOpen ? <Link to={`/visits/${visit.id}`}>{formatDate(visit.visitedOn)}</Link> : formatDate(visit.visitedOn)} · <span translate="no">{visit.officerName}</span>
                {visit.summary && <Typography.Text type="secondary"> · {visit.summary}</Typography.Text>}
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <div className="empty-line">
          <Typography.Text type="secondary">{t('keyEnterprises.home.noVisits')}</Typography.Text>
        </div>
      )}
      <div>
        <Typography.Text type="secondary">{t('keyEnterprises.home.openRequests')}</Typography.Text>
      </div>
      {item.openRequests.length ? (
        <List
          size="small"
          dataSource={item.openRequests}
          renderItem={(request) => (
            <List.Item key={request.reference} style={{ paddingInline: 0 }} extra={<Tag>{request.state}</Tag>}>
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                {request.path ? <Link to={request.path}>{request.reference}</Link> : request.reference} · {request.title}
                <Typography.Text type="secondary"> · {formatDateTime(request.openedAt)}</Typography.Text>
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <div>
          <Typography.Text type="secondary">{t('keyEnterprises.home.noRequests')}</Typography.Text>
        </div>
      )}
    </section>
  );
}

/**
 * A linked leader's or commissioner's key enterprises on the home page: who else is linked, the latest visits and
 * the open requests of each; an empty state for someone linked to none (the home page's grid keeps the card's place).
 */
export function MyKeyEnterprisesCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useMyKeyEnterprises();
  return (
    <Card title={t('keyEnterprises.home.title')} loading={!data && !error}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : data?.items.length ? (
        data.items.map((item) => <Enterprise key={item.enterpriseId} item={item} />)
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('keyEnterprises.home.none')} />
      )}
    </Card>
  );
}
