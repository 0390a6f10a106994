import { adminWebModule } from '../modules/admin/module.tsx';
import { auditWebModule } from '../modules/audit/module.tsx';
import { calendarWebModule } from '../modules/calendar/module.tsx';
import { competitionWebModule } from '../modules/competition/module.tsx';
import { enterprisesWebModule } from '../modules/enterprises/module.tsx';
import { enterpriseEventsWebModule } from '../modules/enterprise-events/module.tsx';
import { investmentLeadsWebModule } from '../modules/investment-leads/module.tsx';
import { investmentVisitsWebModule } from '../modules/investment-visits/module.tsx';
import { investmentEventsWebModule } from '../modules/investment-events/module.tsx';
import { investmentProjectsWebModule } from '../modules/investment-projects/module.tsx';
import { investmentTalentWebModule } from '../modules/investment-talent/module.tsx';
import { investmentReportsWebModule } from '../modules/investment-reports/module.tsx';
import { keyEnterprisesWebModule } from '../modules/key-enterprises/module.tsx';
import { marketStatisticsWebModule } from '../modules/market-statistics/module.tsx';
import { marketPortalWebModule } from '../modules/market-portal/module.tsx';
import { marketDealsWebModule } from '../modules/market-deals/module.tsx';
import { marketMatchingWebModule } from '../modules/market-matching/module.tsx';
import { marketWebModule } from '../modules/market/module.tsx';
import { notificationsWebModule } from '../modules/notifications/module.tsx';
import { policiesWebModule } from '../modules/policies/module.tsx';
import { policyApplicationsWebModule } from '../modules/policy-applications/module.tsx';
import { policyEvaluationWebModule } from '../modules/policy-evaluation/module.tsx';
import { profileWebModule } from '../modules/profile/module.tsx';
import { serviceDeskWebModule } from '../modules/service-desk/module.tsx';
import { serviceDeskReportsWebModule } from '../modules/service-desk-reports/module.tsx';
import { sitesWebModule } from '../modules/sites/module.tsx';
import { teamsWebModule } from '../modules/teams/module.tsx';
import type { WebModule } from './web-module.ts';

/**
 * Every module of the web app, in menu order; the router, the menu, the home page and the quick search iterate
 * this list. A module is added here and in the server's list (src/server/modules.ts).
 */
export const webModules: readonly WebModule[] = [
  enterprisesWebModule,
  keyEnterprisesWebModule,
  investmentLeadsWebModule,
  investmentVisitsWebModule,
  investmentProjectsWebModule,
  investmentEventsWebModule,
  investmentTalentWebModule,
  enterpriseEventsWebModule,
  sitesWebModule,
  investmentReportsWebModule,
  marketWebModule,
  marketMatchingWebModule,
  marketDealsWebModule,
  marketStatisticsWebModule,
  serviceDeskWebModule,
  serviceDeskReportsWebModule,
  policiesWebModule,
  // After the library, whose items' 申请 buttons lead to its apply form.
  policyApplicationsWebModule,
  policyEvaluationWebModule,
  competitionWebModule,
  adminWebModule,
  teamsWebModule,
  calendarWebModule,
  auditWebModule,
  profileWebModule,
  notificationsWebModule,
  marketPortalWebModule,
];
