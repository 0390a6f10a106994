import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemResponses } from '../../platform/http/schemas.ts';
import { xlsxDownload, xlsxResponse } from '../../platform/http/xlsx-download.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { checkMonthRange } from './check-month-range.ts';
import { marketStatisticsWorkbook } from './export-market-statistics.ts';
import { getMarketStatistics } from './get-market-statistics.ts';
import { marketStatisticsSchema, statisticsQuery } from './schemas.ts';
import './messages.ts';

export async function marketStatisticsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  const tags = ['market'];

  app.get('/api/market/statistics', {
    config: { permission: 'marketStatistics.read' },
    schema: {
      tags,
      summary: "The technology market's figures by month (Beijing time), by field, of review, and of states now",
      querystring: statisticsQuery,
      response: { 200: marketStatisticsSchema, ...problemResponses },
    },
    handler: async (request) => getMarketStatistics(db, checkMonthRange(request.query, new Date()), request.locale),
  });

  app.get('/api/market/statistics/export', {
    config: { permission: 'marketStatistics.read' },
    schema: {
      tags,
      summary: "The same figures as an .xlsx workbook in the request's language, a sheet per table",
      querystring: statisticsQuery,
      response: { 200: xlsxResponse, ...problemResponses },
    },
    handler: async (request, reply) => {
      const range = checkMonthRange(request.query, new Date());
      const statistics = await getMarketStatistics(db, range, request.locale);
      return xlsxDownload(reply, marketStatisticsWorkbook(statistics, request.locale), {
        utf8: translate(request.locale, 'marketStatistics.fileName', { ...range }),
        ascii: `technology-market-${range.from}-to-${range.to}.xlsx`,
      });
    },
  });
}
