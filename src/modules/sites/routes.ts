import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, currentUser } from '../../platform/auth/plugin.ts';
import { idParams, problemResponses } from '../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../platform/http/xlsx-download.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { workflowActorOf } from '../../platform/workflow/workflow-actor.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { addUnits } from './add-units.ts';
import { createLease } from './create-lease.ts';
import { exportUnits } from './export-units.ts';
import { getSite } from './get-site.ts';
import { getUnit } from './get-unit.ts';
import { cancelEvidence, endEvidence, fitOutEvidence, openEvidence, signEvidence, type LeaseAction } from './lease-workflow.ts';
import { listLeases, listTenancies } from './list-leases.ts';
import { listSites } from './list-sites.ts';
import { moveLease } from './move-lease.ts';
import { readOccupancySeries } from './read-occupancy.ts';
import { readSiteTree } from './read-site-tree.ts';
import { createBuilding, renameBuilding } from './save-building.ts';
import { createSite, updateSite } from './save-site.ts';
import {
  addUnitsBody,
  addUnitsResultSchema,
  buildingBody,
  createLeaseBody,
  leaseListQuery,
  leasePage,
  leaseSchema,
  occupancyQuery,
  occupancySeriesSchema,
  siteBody,
  siteDetailSchema,
  siteListQuery,
  sitePage,
  siteTreeSchema,
  unitDetailSchema,
  updateSiteBody,
  updateUnitBody,
} from './schemas.ts';
import { deleteUnit, updateUnit } from './update-unit.ts';
import './messages.ts';

/** Each lease move, its path and the evidence its body carries. */
const leaseMoves: { action: LeaseAction; path: string; body: z.ZodType; summary: string }[] = [
  { action: 'sign', path: 'sign', body: signEvidence, summary: 'Sign an intent (签约): the day, the term, the area and optionally the rent' },
  { action: 'fitOut', path: 'fit-out', body: fitOutEvidence, summary: 'The tenant starts fitting the unit out (装修)' },
  { action: 'open', path: 'open', body: openEvidence, summary: 'The tenant opens for business (开业)' },
  { action: 'cancel', path: 'cancel', body: cancelEvidence, summary: 'Give up an intent, with the reason' },
  { action: 'end', path: 'end', body: endEvidence, summary: 'End a signed lease on a day, with the reason' },
];

export async function siteRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['sites'];
  const actor = (request: Parameters<typeof currentUser>[0]) => ({ ...workflowActorOf(request), id: currentUser(request).id });
  const siteDetail = { 200: siteDetailSchema, ...problemResponses };
  const unitDetail = { 200: unitDetailSchema, ...problemResponses };

  app.get('/api/sites', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: 'A page of sites by name, with their occupancy today', querystring: siteListQuery, response: { 200: sitePage, ...problemResponses } },
    handler: async (request) => listSites(db, request.query, request.locale),
  });

  app.post('/api/sites', {
    config: { permission: 'sites.manage' },
    schema: { tags, summary: 'Create a site', body: siteBody, response: { 201: siteDetailSchema, ...problemResponses } },
    handler: async (request, reply) => {
      const site = await createSite(db, actorOf(request), request.body);
      return reply.status(201).send(await getSite(db, currentUser(request), site.id, request.locale));
    },
  });

  app.get('/api/sites/tenancies', {
    config: { permission: 'sites.tenancy' },
    schema: { tags, summary: "The caller's enterprise's leases, with the units they are in", response: { 200: z.array(leaseSchema), ...problemResponses } },
    handler: async (request) => listTenancies(db, currentUser(request).enterpriseId),
  });

  app.get('/api/sites/:id', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: 'One site with its buildings and their occupancy today', params: idParams, response: siteDetail },
    handler: async (request) => getSite(db, currentUser(request), request.params.id, request.locale),
  });

  app.patch('/api/sites/:id', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: "Change a site (its managers); only sites.manage changes its team", params: idParams, body: updateSiteBody, response: siteDetail },
    handler: async (request) => {
      await updateSite(db, actor(request), request.params.id, request.body);
      return getSite(db, currentUser(request), request.params.id, request.locale);
    },
  });

  app.get('/api/sites/:id/tree', {
    config: { permission: 'sites.read' },
    schema: {
      tags,
      summary: 'The location picker: buildings → floors → units of a site, each unit with its lease state and tenant',
      params: idParams,
      response: { 200: siteTreeSchema, ...problemResponses },
    },
    handler: async (request) => readSiteTree(db, request.params.id),
  });

  app.get('/api/sites/:id/occupancy', {
    config: { permission: 'sites.read' },
    schema: {
      tags,
      summary: 'Leased and open share of a site (or one building) month by month',
      params: idParams,
      querystring: occupancyQuery,
      response: { 200: occupancySeriesSchema, ...problemResponses },
    },
    handler: async (request) => readOccupancySeries(db, request.params.id, request.query),
  });

  app.get('/api/sites/:id/leases', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: "A page of a site's leases, in one state or all", params: idParams, querystring: leaseListQuery, response: { 200: leasePage, ...problemResponses } },
    handler: async (request) => listLeases(db, request.params.id, request.query),
  });

  app.get('/api/sites/:id/export', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: "The site's unit register with tenants and lease states, as an .xlsx workbook", params: idParams, response: { 200: xlsxResponse, ...problemResponses } },
    handler: async (request, reply) => {
      const { workbook, siteName } = await exportUnits(db, actorOf(request), request.params.id, request.locale);
      const date = chinaToday();
      return xlsxDownload(reply, workbook, { utf8: translate(request.locale, 'site.export.fileName', { site: siteName, date }), ascii: `units-${date}.xlsx` });
    },
  });

  app.post('/api/sites/:id/buildings', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: 'Add a building to a site (its managers)', params: idParams, body: buildingBody, response: siteDetail },
    handler: async (request) => {
      await createBuilding(db, actor(request), request.params.id, request.body.name);
      return getSite(db, currentUser(request), request.params.id, request.locale);
    },
  });

  app.patch('/api/sites/buildings/:id', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: 'Rename a building', params: idParams, body: buildingBody, response: siteDetail },
    handler: async (request) => {
      const building = await renameBuilding(db, actor(request), request.params.id, request.body.name);
      return getSite(db, currentUser(request), building.siteId, request.locale);
    },
  });

  app.post('/api/sites/buildings/:id/units', {
    config: { permission: 'sites.read' },
    schema: {
      tags,
      summary: 'Add units to a building, one by one or as floors × units, creating the floors: all or none',
      params: idParams,
      body: addUnitsBody,
      response: { 201: addUnitsResultSchema, ...problemResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await addUnits(db, actor(request), request.params.id, request.body)),
  });

  app.get('/api/sites/units/:id', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: 'One unit with its leases, their moves and the actions the caller may take', params: idParams, response: unitDetail },
    handler: async (request) => getUnit(db, actor(request), request.params.id),
  });

  app.patch('/api/sites/units/:id', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: "Change a unit's code, area or use", params: idParams, body: updateUnitBody, response: unitDetail },
    handler: async (request) => {
      await updateUnit(db, actor(request), request.params.id, request.body);
      return getUnit(db, actor(request), request.params.id);
    },
  });

  app.delete('/api/sites/units/:id', {
    config: { permission: 'sites.read' },
    schema: { tags, summary: 'Delete a unit that never had a lease (409 otherwise)', params: idParams, response: { 204: z.null(), ...problemResponses } },
    handler: async (request, reply) => {
      await deleteUnit(db, actor(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/sites/units/:id/leases', {
    config: { permission: 'sites.read' },
    schema: {
      tags,
      summary: "Record a tenant's intent on a vacant unit, for an existing enterprise or a new one",
      description: '409 site.unit.taken when the unit already has a lease in the pipeline.',
      params: idParams,
      body: createLeaseBody,
      response: { 201: unitDetailSchema, ...problemResponses },
    },
    handler: async (request, reply) => {
      await createLease(db, actor(request), request.params.id, request.body);
      return reply.status(201).send(await getUnit(db, actor(request), request.params.id));
    },
  });

  for (const move of leaseMoves) {
    app.post(`/api/sites/leases/:id/${move.path}`, {
      config: { permission: 'sites.read' },
      schema: { tags, summary: move.summary, params: idParams, body: move.body, response: unitDetail },
      handler: async (request) => {
        const unitId = await moveLease(db, actor(request), request.params.id, move.action, request.body);
        return getUnit(db, actor(request), unitId);
      },
    });
  }
}
