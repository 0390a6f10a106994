import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  capitalOrigins,
  forwardMoves,
  projectKinds,
  projectStages,
  type ForwardAction,
  type ProjectStage,
  type WorkingStage,
} from '../../../../src/modules/investment-projects/project-stages.ts';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';

export { capitalOrigins, projectKinds, projectStages };
export type { ForwardAction, ProjectStage, WorkingStage };

export type ProjectPage = ResponseOf<'/api/projects', 'get'>;
export type ProjectSummary = ProjectPage['items'][number];
export type Project = ResponseOf<'/api/projects/{id}', 'get'>;
export type ProjectKind = Project['kind'];
export type CapitalOrigin = NonNullable<Project['capitalOrigin']>;
export type CreateProjectBody = BodyOf<'/api/projects', 'post'>;
export type UpdateProjectBody = BodyOf<'/api/projects/{id}', 'patch'>;
export type ProjectHome = ResponseOf<'/api/projects/home', 'get'>;
export type SignedSummary = ResponseOf<'/api/projects/summary', 'get'>;

/** A move the user may ask for: a forward move, hold, terminate, or back from hold. */
export type MoveAction = ForwardAction | 'hold' | 'terminate' | `resume-${WorkingStage}`;
export const isResume = (action: string): action is `resume-${WorkingStage}` => action.startsWith('resume-');
export const targetOf = (action: MoveAction): ProjectStage =>
  isResume(action) ? (action.slice('resume-'.length) as WorkingStage) : action === 'hold' ? 'onHold' : action === 'terminate' ? 'terminated' : forwardMoves[action].to;

export const stageColors: Record<ProjectStage, string> = {
  lead: 'default',
  contact: 'cyan',
  intent: 'blue',
  negotiation: 'geekblue',
  signed: 'purple',
  registered: 'magenta',
  started: 'orange',
  producing: 'gold',
  atCapacity: 'green',
  onHold: 'default',
  terminated: 'red',
};

/** The filters a report's figure opens the table with (and keeps in the address, so the link can be shared). */
export interface ProjectFilterParams {
  stage?: ProjectStage;
  teamId?: string;
  regionCode?: string;
  sector?: string;
  createdFrom?: string;
  createdTo?: string;
  signedFrom?: string;
  signedTo?: string;
  reachedStage?: Exclude<ProjectStage, 'onHold' | 'terminated'>;
  leftStage?: ProjectStage;
  verification?: 'verified' | 'unverified';
  verifiedOnly?: 'true';
}
export const projectFilterKeys = [
  'stage',
  'teamId',
  'regionCode',
  'sector',
  'createdFrom',
  'createdTo',
  'signedFrom',
  'signedTo',
  'reachedStage',
  'leftStage',
  'verification',
  'verifiedOnly',
] as const satisfies readonly (keyof ProjectFilterParams)[];

/** The table of projects with these filters applied. */
export function projectsTableLink(filters: ProjectFilterParams): string {
  const query = new URLSearchParams({ view: 'table' });
  for (const key of projectFilterKeys) if (filters[key]) query.set(key, filters[key]);
  return `/projects?${query.toString()}`;
}

/** The filters an address carries (a report's link); the server checks each value. */
export function filtersOfAddress(search: URLSearchParams): ProjectFilterParams {
  return Object.fromEntries(projectFilterKeys.flatMap((key) => (search.get(key) ? [[key, search.get(key)]] : []))) as ProjectFilterParams;
}

export interface ProjectListParams extends ProjectFilterParams {
  managerId?: string;
  mine?: 'true';
  kind?: ProjectKind;
  stalled?: 'true';
  due?: 'true';
  followUpFrom?: string;
  followUpTo?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export const projectKeys = {
  all: ['projects'] as const,
  list: (params: ProjectListParams, language: string) => ['projects', 'list', language, params] as const,
  one: (id: string, language: string) => ['projects', 'one', language, id] as const,
  home: (language: string) => ['projects', 'home', language] as const,
};

export function useProjects(params: ProjectListParams) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: projectKeys.list(params, language),
    queryFn: ({ signal }) => api.GET('/api/projects', { params: { query: { ...params } }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: projectKeys.one(id, language), queryFn: ({ signal }) => api.GET('/api/projects/{id}', { params: { path: { id } }, signal }) });
}

export function useProjectHome() {
  const language = useTranslation().i18n.language;
  return useQuery({ queryKey: projectKeys.home(language), queryFn: ({ signal }) => api.GET('/api/projects/home', { signal }) });
}

export function useTeams() {
  return useQuery({ queryKey: ['teams', 'list'], queryFn: ({ signal }) => api.GET('/api/teams', { signal }) });
}

/** After a write: every list, card and open project loads again (and the leads, which a project may convert). */
export function useRefreshProjects() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: projectKeys.all }), queryClient.invalidateQueries({ queryKey: ['leads'] })]);
}

/** Sends a move with its evidence; the server refuses an incomplete one and nothing moves. */
export function sendMove(id: string, action: MoveAction, evidence: Record<string, unknown>) {
  return api.POST('/api/projects/{id}/actions/{action}', { params: { path: { id, action } }, body: evidence });
}

/** Saved table views: filters under a name, kept per user in this browser. */
export interface SavedView {
  name: string;
  filters: Omit<ProjectListParams, 'page' | 'pageSize'>;
}

const viewsKey = (userId: string) => `qiao.projects.views.${userId}`;

export function loadViews(userId: string): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(viewsKey(userId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as SavedView[]).filter((v) => typeof v?.name === 'string' && typeof v.filters === 'object') : [];
  } catch {
    return [];
  }
}

export function storeViews(userId: string, views: readonly SavedView[]): void {
  localStorage.setItem(viewsKey(userId), JSON.stringify(views));
}

/** 12345.6 → '12,345.6 万元' in the reader's conventions. */
export const formatWan = (amount: number | null | undefined, language: string) =>
  amount === null || amount === undefined ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(amount);
