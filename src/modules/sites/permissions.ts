import { definePermissions } from '../../platform/auth/permissions.ts';

/** Who may do what with sites; the members of a site's managing team keep that site (site-policy.ts). */
export const sitePermissions = definePermissions({
  /** Sites, their buildings, floors and units, leases and occupancy; the location picker. */
  'sites.read': ['admin', 'leader', 'officer', 'agent'],
  /** Create sites and keep every site's buildings, units and leases. */
  'sites.manage': ['admin'],
  /** A tenant's own leases and the units they are in. */
  'sites.tenancy': ['enterprise'],
});
