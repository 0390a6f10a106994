import { definePermissions } from '../../platform/auth/permissions.ts';
import { staffRoles } from '../../platform/auth/roles.ts';

/** Who may do what with the innovation competition (蓝贝): staff follow it, its organising office runs it. */
export const competitionPermissions = definePermissions({
  /** Editions with their tracks, rounds, phases and prizes. */
  'competition.read': [...staffRoles, 'organiser'],
  /** Create and change editions, tracks, rounds, phases and prizes; delete what nothing depends on yet. */
  'competition.manage': ['admin', 'organiser'],
  /** A judge's own queue, score sheets and conflict declarations. */
  'competition.judge': ['judge'],
  /** An entrant's own entries: follow them and withdraw one; never another's, never a score. */
  'competition.enter': ['entrant'],
});
