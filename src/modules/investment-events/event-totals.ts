import { roundWan, type Verification } from '../investment-projects/counting-rules.ts';

/** A project counted at an event (its first signing was there), as the totals see it. */
export interface CountedAtEvent {
  sectionCode: string | null;
  sectionName: string | null;
  countedWan: number;
  verification: Verification;
}

export interface EventFigures {
  projects: number;
  amountWan: number;
  unverifiedProjects: number;
  unverifiedAmountWan: number;
}

const none = (): EventFigures => ({ projects: 0, amountWan: 0, unverifiedProjects: 0, unverifiedAmountWan: 0 });

function add(figures: EventFigures, project: CountedAtEvent): void {
  figures.projects += 1;
  figures.amountWan = roundWan(figures.amountWan + project.countedWan);
  // Counting rule 4: an amount without a live agreement file is unverified.
  if (project.verification !== 'verified') {
    figures.unverifiedProjects += 1;
    figures.unverifiedAmountWan = roundWan(figures.unverifiedAmountWan + project.countedWan);
  }
}

/**
 * An event's totals: the projects counted there (each once, by the counting rules; re-signings of projects counted
 * elsewhere are left out before) and their counted amount, with the unverified part, in all and by GB/T 4754
 * section (largest amount first, projects without an industry last).
 */
export function eventTotals(projects: readonly CountedAtEvent[]): EventFigures & { sectors: (EventFigures & { code: string | null; name: string | null })[] } {
  const total = none();
  const sectors = new Map<string | null, EventFigures & { code: string | null; name: string | null }>();
  for (const project of projects) {
    add(total, project);
    const sector = sectors.get(project.sectionCode) ?? { code: project.sectionCode, name: project.sectionName, ...none() };
    add(sector, project);
    sectors.set(project.sectionCode, sector);
  }
  const ordered = [...sectors.values()].sort((a, b) => (a.code === null ? 1 : b.code === null ? -1 : b.amountWan - a.amountWan || a.code.localeCompare(b.code)));
  return { ...total, sectors: ordered };
}
