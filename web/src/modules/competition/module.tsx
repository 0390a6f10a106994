import { AuditOutlined, FormOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../../app/web-module.ts';

const EditionListPage = lazy(() => import('./EditionListPage.tsx').then((m) => ({ default: m.EditionListPage })));
const EditionPage = lazy(() => import('./EditionPage.tsx').then((m) => ({ default: m.EditionPage })));
const RegisterPage = lazy(() => import('./entries/RegisterPage.tsx').then((m) => ({ default: m.RegisterPage })));
const MyEntriesPage = lazy(() => import('./entries/MyEntriesPage.tsx').then((m) => ({ default: m.MyEntriesPage })));
const RoundEntriesPage = lazy(() => import('./entries/RoundEntriesPage.tsx').then((m) => ({ default: m.RoundEntriesPage })));
const RankingPage = lazy(() => import('./results/RankingPage.tsx').then((m) => ({ default: m.RankingPage })));
const LandingTrackerPage = lazy(() => import('./results/LandingTrackerPage.tsx').then((m) => ({ default: m.LandingTrackerPage })));
const JudgesPage = lazy(() => import('./judging/JudgesPage.tsx').then((m) => ({ default: m.JudgesPage })));
const PhaseJudgingPage = lazy(() => import('./judging/PhaseJudgingPage.tsx').then((m) => ({ default: m.PhaseJudgingPage })));
const RoadshowTimerPage = lazy(() => import('./judging/RoadshowTimerPage.tsx').then((m) => ({ default: m.RoadshowTimerPage })));
const JudgeQueuePage = lazy(() => import('./judging/JudgeQueuePage.tsx').then((m) => ({ default: m.JudgeQueuePage })));
const ScoreEntryPage = lazy(() => import('./judging/ScoreEntryPage.tsx').then((m) => ({ default: m.ScoreEntryPage })));
const RoundDashboardPage = lazy(() => import('./dashboard/RoundDashboardPage.tsx').then((m) => ({ default: m.RoundDashboardPage })));
const PublicNoticesPage = lazy(() => import('./results/PublicNoticesPage.tsx').then((m) => ({ default: m.PublicNoticesPage })));

/**
 * The innovation competition (蓝贝): editions, and each edition's tracks, rounds with their phases, and prizes; the
 * public registration, the entrant's own entries and each round's entries for the organisers.
 */
export const competitionWebModule = defineWebModule({
  name: 'competition',
  routes: [
    { path: 'competition', page: EditionListPage, permission: 'competition.read' },
    { path: 'competition/:id', page: EditionPage, permission: 'competition.read' },
    { path: 'competition/:id/rounds/:roundId/entries', page: RoundEntriesPage, permission: 'competition.read' },
    { path: 'competition/:id/rounds/:roundId/dashboard', page: RoundDashboardPage, permission: 'competition.read' },
    { path: 'competition/my-entries', page: MyEntriesPage, permission: 'competition.enter' },
    { path: 'competition/:id/rounds/:roundId/phases/:phaseId/ranking', page: RankingPage, permission: 'competition.manage' },
    { path: 'competition/:id/judges', page: JudgesPage, permission: 'competition.manage' },
    { path: 'competition/:id/rounds/:roundId/phases/:phaseId/judging', page: PhaseJudgingPage, permission: 'competition.manage' },
    { path: 'competition/:id/rounds/:roundId/phases/:phaseId/timer', page: RoadshowTimerPage, permission: 'competition.manage' },
    { path: 'competition-judging', page: JudgeQueuePage, permission: 'competition.judge' },
    { path: 'competition-judging/phases/:phaseId/entries/:entryId', page: ScoreEntryPage, permission: 'competition.judge' },
    { path: 'competition/:id/landing', page: LandingTrackerPage, permission: 'competition.read' },
  ],
  publicRoutes: [
    { path: 'competition/register', page: RegisterPage },
    { path: 'competition-notices', page: PublicNoticesPage },
  ],
  navigation: [
    { key: 'competition', path: '/competition', icon: <TrophyOutlined />, permission: 'competition.read' },
    { key: 'myEntries', path: '/competition/my-entries', icon: <FormOutlined />, permission: 'competition.enter' },
    { key: 'competitionJudging', path: '/competition-judging', icon: <AuditOutlined />, permission: 'competition.judge' },
  ],
});
