import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';

export type TeamSummary = ResponseOf<'/api/teams', 'get'>[number];
export type Team = ResponseOf<'/api/teams/{id}', 'get'>;
export type Membership = Team['memberships'][number];
export type MembershipBody = BodyOf<'/api/teams/{id}/memberships', 'post'>;
export type TeamRole = Membership['role'];

export const teamRoles = ['lead', 'member'] as const satisfies readonly TeamRole[];

export const teamKeys = {
  all: ['teams'] as const,
  list: (includeArchived: boolean) => ['teams', 'list', includeArchived] as const,
  one: (id: string) => ['teams', 'one', id] as const,
};

export function useTeams(includeArchived: boolean) {
  return useQuery({
    queryKey: teamKeys.list(includeArchived),
    queryFn: ({ signal }) => api.GET('/api/teams', { params: { query: { includeArchived: String(includeArchived) } }, signal }),
  });
}

/** The caller's teams today. */
export function useMyTeams() {
  return useQuery({ queryKey: [...teamKeys.all, 'mine'] as const, queryFn: ({ signal }) => api.GET('/api/teams/mine', { signal }) });
}

export function useTeam(id: string | null) {
  return useQuery({
    queryKey: teamKeys.one(id ?? ''),
    queryFn: ({ signal }) => api.GET('/api/teams/{id}', { params: { path: { id: id! } }, signal }),
    enabled: id !== null,
  });
}

/** After any change: the list's leads and sizes move with the memberships. */
export function useRefreshTeams() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: teamKeys.all });
}

export type Roster = ResponseOf<'/api/teams/{id}/roster', 'get'>;
export type RosterShift = Roster['shifts'][number];

/** Every week of one team's roster: refetched after a change, here or live (topic `teams.roster`). */
export const teamRosterKey = (teamId: string) => ['teams', 'roster', teamId] as const;
export const rosterKey = (teamId: string, week: string | null) => [...teamRosterKey(teamId), week ?? 'this'] as const;

export function useRoster(teamId: string, week: string | null) {
  return useQuery({
    queryKey: rosterKey(teamId, week),
    queryFn: ({ signal }) => api.GET('/api/teams/{id}/roster', { params: { path: { id: teamId }, query: { week: week ?? undefined } }, signal }),
  });
}
