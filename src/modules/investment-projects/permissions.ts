import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with investment projects; which projects is the policy's part (project-policy.ts). */
export const projectPermissions = definePermissions({
  /** Projects at all: an officer those of their teams and their own; holders of project.readAll every one. */
  'project.read': ['admin', 'leader', 'officer'],
  /** Every team's projects, and the summary of all of them. */
  'project.readAll': ['admin', 'leader'],
  /** Create projects, edit them, move their stages, record signings and amount changes. */
  'project.work': ['admin', 'officer'],
  /** Credit any project to officers and teams (its manager and its team's lead credit their own). */
  'project.credit': ['admin', 'leader'],
  /** Move a project limited to its manager, and hand any project to any officer. */
  'project.manage': ['admin'],
  /** Import existing project ledgers (台账) from spreadsheets. */
  'project.import': ['admin', 'leader'],
});
