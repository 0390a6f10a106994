// Generated from web/src/modules/*/locales/zh-CN.json by `npm run i18n:generate`, and by Vite as it starts or builds;
// do not edit. A test fails when a module's strings are missing here.
import type adminStrings from '../modules/admin/locales/zh-CN.json';
import type auditStrings from '../modules/audit/locales/zh-CN.json';
import type calendarStrings from '../modules/calendar/locales/zh-CN.json';
import type competitionStrings from '../modules/competition/locales/zh-CN.json';
import type enterpriseEventsStrings from '../modules/enterprise-events/locales/zh-CN.json';
import type enterprisesStrings from '../modules/enterprises/locales/zh-CN.json';
import type investmentEventsStrings from '../modules/investment-events/locales/zh-CN.json';
import type investmentLeadsStrings from '../modules/investment-leads/locales/zh-CN.json';
import type investmentProjectsStrings from '../modules/investment-projects/locales/zh-CN.json';
import type investmentReportsStrings from '../modules/investment-reports/locales/zh-CN.json';
import type investmentTalentStrings from '../modules/investment-talent/locales/zh-CN.json';
import type investmentVisitsStrings from '../modules/investment-visits/locales/zh-CN.json';
import type keyEnterprisesStrings from '../modules/key-enterprises/locales/zh-CN.json';
import type marketStrings from '../modules/market/locales/zh-CN.json';
import type marketDealsStrings from '../modules/market-deals/locales/zh-CN.json';
import type marketMatchingStrings from '../modules/market-matching/locales/zh-CN.json';
import type marketPortalStrings from '../modules/market-portal/locales/zh-CN.json';
import type marketStatisticsStrings from '../modules/market-statistics/locales/zh-CN.json';
import type notificationsStrings from '../modules/notifications/locales/zh-CN.json';
import type policiesStrings from '../modules/policies/locales/zh-CN.json';
import type policyApplicationsStrings from '../modules/policy-applications/locales/zh-CN.json';
import type policyEvaluationStrings from '../modules/policy-evaluation/locales/zh-CN.json';
import type serviceDeskStrings from '../modules/service-desk/locales/zh-CN.json';
import type serviceDeskReportsStrings from '../modules/service-desk-reports/locales/zh-CN.json';
import type sitesStrings from '../modules/sites/locales/zh-CN.json';
import type teamsStrings from '../modules/teams/locales/zh-CN.json';

/** The strings of every module, zh-CN being the reference language. */
export type ModuleStrings = typeof adminStrings & typeof auditStrings & typeof calendarStrings & typeof competitionStrings & typeof enterpriseEventsStrings & typeof enterprisesStrings & typeof investmentEventsStrings & typeof investmentLeadsStrings & typeof investmentProjectsStrings & typeof investmentReportsStrings & typeof investmentTalentStrings & typeof investmentVisitsStrings & typeof keyEnterprisesStrings & typeof marketStrings & typeof marketDealsStrings & typeof marketMatchingStrings & typeof marketPortalStrings & typeof marketStatisticsStrings & typeof notificationsStrings & typeof policiesStrings & typeof policyApplicationsStrings & typeof policyEvaluationStrings & typeof serviceDeskStrings & typeof serviceDeskReportsStrings & typeof sitesStrings & typeof teamsStrings;
