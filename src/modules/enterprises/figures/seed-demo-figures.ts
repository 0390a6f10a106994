import type { DbOrTx } from '../../../platform/db/connection.ts';
import { seededRandom } from '../../../server/seeded-random.ts';
import type { DemoEnterprise } from '../demo-data.ts';
import type { FigureIndicator } from '../figure-indicators.ts';
import { enterpriseFigures } from '../schema.ts';
import type { SizeClass } from '../schema.ts';

/** Revenue (万元) and year-end headcount of a Qingdao enterprise of each size class, as ranges [low, high). */
const scale: Record<SizeClass, { revenue: [number, number]; employees: [number, number] }> = {
  large: { revenue: [80_000, 300_000], employees: [1000, 3000] },
  medium: { revenue: [8_000, 40_000], employees: [150, 600] },
  small: { revenue: [800, 8_000], employees: [20, 150] },
  micro: { revenue: [80, 800], employees: [3, 20] },
};

/**
 * The demo enterprises' figures for 2024 (统计年报, staff-given) and 2025 (tax data, or reported by the enterprise
 * itself and partly not yet verified), from one seeded generator so that every start gives the same. Some
 * enterprises have not given 2025 yet and some indicators are unknown, as in a real register: the policies'
 * conditions then read them as unknown rather than unmet. Output value only for manufacturers (section C), R&D
 * heavier in manufacturing, software and research (C, I, M). The duplicates left for the merge demo get none.
 * `staffId` (the district's policy commissioner, when the demo accounts exist) gave and verified the staff's part.
 */
export async function seedDemoFigures(db: DbOrTx, seeded: readonly { id: string; enterprise: DemoEnterprise }[], staffId: string | null): Promise<void> {
  const random = seededRandom(20_241_231);
  const between = ([low, high]: [number, number]) => low + random() * (high - low);
  const money = (value: number) => Math.round(value * 100) / 100;
  const rows: (typeof enterpriseFigures.$inferInsert)[] = [];
  seeded.forEach(({ id, enterprise }, index) => {
    if (enterprise.duplicate) return;
    const section = enterprise.industryCode[0]!;
    const size = scale[enterprise.sizeClass];
    const revenue2024 = between(size.revenue);
    const employees2024 = Math.round(between(size.employees));
    const rdShare = 'CIM'.includes(section) ? between([0.03, 0.09]) : between([0.002, 0.012]);
    const taxShare = between([0.025, 0.06]);
    const yearOf = (revenue: number, employees: number): Partial<Record<FigureIndicator, number>> => ({
      revenue: money(revenue),
      rdSpending: money(revenue * rdShare),
      employees,
      taxesPaid: money(revenue * taxShare),
      ...(section === 'C' ? { outputValue: money(revenue * between([0.92, 1.12])) } : {}),
    });
    const add = (year: number, values: Partial<Record<FigureIndicator, number>>, source: string, selfReported: boolean, verified: boolean) => {
      for (const [indicator, value] of Object.entries(values) as [FigureIndicator, number][]) {
        rows.push({
          enterpriseId: id,
          year,
          indicator,
          value,
          source,
          selfReported,
          verifiedById: verified ? staffId : null,
          verifiedAt: verified ? new Date(Date.UTC(2026, 2, 20)) : null,
          updatedById: selfReported ? null : staffId,
          updatedAt: new Date(Date.UTC(2026, 2, 10)),
        });
      }
    };
    const year2024 = yearOf(revenue2024, employees2024);
    // Every seventh has no R&D figure on file for 2024: unknown, not zero.
    if (index % 7 === 3) delete year2024.rdSpending;
    add(2024, year2024, '统计年报', false, false);
    const reporter = enterprise.key === 'demo-enterprise-user' || index % 4 === 1;
    // Every fifth has not given 2025 yet (the demo enterprise user's own has: it reported them).
    if (index % 5 === 4 && !reporter) return;
    const growth = between([0.9, 1.25]);
    const year2025 = yearOf(revenue2024 * growth, Math.round(employees2024 * between([0.95, 1.15])));
    if (reporter) {
      // Reported by the enterprise: taxes come from the tax bureau's data, not its own word.
      const { taxesPaid, ...own } = year2025;
      add(2025, own, '企业自报', true, index % 8 === 1);
    } else {
      add(2025, year2025, '税务数据', false, false);
    }
  });
  if (rows.length) await db.insert(enterpriseFigures).values(rows);
}
