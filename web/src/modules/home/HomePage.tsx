import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { webModules } from '../../app/modules.ts';
import { homeCardsFor } from '../../app/navigation.ts';
import { RoleTags } from '../../components/RoleTags.tsx';

/** The start page: a greeting, then the cards that modules contribute for the user's permissions. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const cards = homeCardsFor(me, webModules);
  return (
    <>
      <Card className="welcome-card" variant="borderless">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: me.displayName })}
        </Typography.Title>
        <div className="welcome-roles">
          <Typography.Text type="secondary">{t('home.yourRoles')}</Typography.Text>
          <RoleTags roles={me.roles} />
        </div>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0, marginTop: 8 }}>
          {cards.length ? t('home.staffIntro') : t('home.comingSoon')}
        </Typography.Paragraph>
      </Card>
      {cards.length === 0 ? (
        <Empty className="home-empty" description={t('home.nothingYet')} />
      ) : (
        <Row gutter={[16, 16]}>
          {cards.map(({ key, card: HomeCard, wide }) => (
            <Col key={key} xs={24} xl={wide ? 24 : 12}>
              <HomeCard />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
