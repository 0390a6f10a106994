import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { Tx } from '../../../platform/db/connection.ts';
import type { ImportRun } from '../../../platform/imports/import-kind.ts';
import { workflowTransitions } from '../../../platform/workflow/schema.ts';
import { startAction } from '../../../platform/workflow/workflow.ts';
import { createEnterprise } from '../../enterprises/create-enterprise.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { enterpriseInput } from '../../enterprises/schemas.ts';
import { projectSubject, projectWorkflow } from '../project-workflow.ts';
import { projects, projectSignings } from '../schema.ts';
import type { LedgerInput } from './parse-ledger-row.ts';

/** The action of the one transition that puts an imported project at its stage, on its timeline and in reports. */
export const importAction = 'import';

type Enterprise = { id: string; industryCode: string | null; regionCode: string | null };

/**
 * Inside the import's transaction: the enterprises rows name that were not in the register at upload are found
 * again (someone may have entered one meanwhile, and rows of one file share them) or created by the register's own
 * create; then each batch's projects are written at their stage with the facts it implies. Each project's history
 * is its start at 线索 and one transition, marked `import`, straight to its stage: the ledger does not say when the
 * stages in between were reached, so none is invented. A signing is recorded without an agreement file, so its
 * amount is unverified (counting rule 4) until a file is attached.
 */
export async function openLedgerWriter(tx: Tx, { importId, actor }: ImportRun) {
  const created = new Map<string, string>();
  const columns = { id: enterprises.id, industryCode: enterprises.industryCode, regionCode: enterprises.regionCode };

  async function enterpriseOf(input: LedgerInput): Promise<string> {
    if (input.enterpriseId) return input.enterpriseId;
    const { name, creditCode } = input.enterprise;
    const key = creditCode ? `code:${creditCode}` : `name:${name}`;
    const known = created.get(key);
    if (known) return known;
    const live = isNull(enterprises.mergedIntoId);
    const [found] = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(and(creditCode ? eq(enterprises.creditCode, creditCode) : eq(enterprises.name, name), live));
    const id =
      found?.id ??
      (
        await createEnterprise(tx, actor, {
          ...enterpriseInput.parse({ name, creditCode, industryCode: input.industryCode, regionCode: input.regionCode }),
          // The uploader saw the row's enterprise as new in the preview and committed it.
          confirmDuplicate: true,
        })
      ).id;
    created.set(key, id);
    return id;
  }

  return async (batch: { input: LedgerInput; rowNumber: number }[]) => {
    const enterpriseIds: string[] = [];
    for (const { input } of batch) enterpriseIds.push(await enterpriseOf(input));
    const facts = new Map<string, Enterprise>(
      (await tx.select(columns).from(enterprises).where(inArray(enterprises.id, [...new Set(enterpriseIds)]))).map((e) => [e.id, e]),
    );
    // The start and the import one millisecond apart, so that the history reads in order.
    const startedAt = new Date();
    const importedAt = new Date(startedAt.getTime() + 1);
    const values = batch.map(({ input }, i) => {
      const enterprise = facts.get(enterpriseIds[i]!)!;
      return {
        name: input.name,
        enterpriseId: enterprise.id,
        industryCode: input.industryCode ?? enterprise.industryCode,
        regionCode: input.regionCode ?? enterprise.regionCode,
        kind: 'new' as const,
        teamId: input.teamId,
        managerId: input.managerId,
        stage: input.stage,
        stageEnteredAt: input.stage === projectWorkflow.initial ? startedAt : importedAt,
        agreedAmountWan: input.amountWan,
        capitalOrigin: input.capitalOrigin,
        registeredEnterpriseId: (['registered', 'started', 'producing'] as const).some((stage) => stage === input.stage) ? enterprise.id : null,
        startedOn: input.startedOn,
        producingOn: input.producingOn,
        createdById: actor.id,
        createdAt: startedAt,
      };
    });
    const inserted = await tx.insert(projects).values(values).returning({ id: projects.id });
    const ids = inserted.map((p) => p.id);
    const transition = { workflow: projectWorkflow.name, recordKind: projectSubject.kind, actorId: actor.id, actorName: actor.name };
    await tx.insert(workflowTransitions).values(
      ids.map((recordId) => ({ ...transition, recordId, fromState: null, toState: projectWorkflow.initial, action: startAction, at: startedAt })),
    );
    const moved = batch.flatMap(({ input, rowNumber }, i) => (input.stage === projectWorkflow.initial ? [] : [{ input, rowNumber, id: ids[i]! }]));
    if (moved.length) {
      await tx.insert(workflowTransitions).values(
        moved.map(({ input, rowNumber, id }) => ({
          ...transition,
          recordId: id,
          fromState: projectWorkflow.initial,
          toState: input.stage,
          action: importAction,
          evidence: evidenceOf(input, importId, rowNumber),
          at: importedAt,
        })),
      );
    }
    const signed = batch.flatMap(({ input }, i) => (input.signedOn && input.amountWan && input.capitalOrigin ? [{ input, id: ids[i]! }] : []));
    if (signed.length) {
      await tx.insert(projectSignings).values(
        signed.map(({ input, id }) => ({
          projectId: id,
          signedOn: input.signedOn!,
          amountWan: input.amountWan!,
          capitalOrigin: input.capitalOrigin!,
          agreementFileId: null,
          recordedById: actor.id,
          recordedByName: actor.name,
        })),
      );
    }
    await recordAudit(
      tx,
      actor,
      batch.map(({ input, rowNumber }, i) => ({
        entityType: projectSubject.kind,
        entityId: ids[i]!,
        action: importAction,
        after: { ...values[i], stageEnteredAt: undefined, createdAt: undefined, importId, rowNumber },
      })),
    );
  };
}

/** What the ledger said of the stage, kept as the import transition's evidence. */
function evidenceOf(input: LedgerInput, importId: string, rowNumber: number) {
  const { signedOn, amountWan, capitalOrigin, registeredOn, startedOn, producingOn, note } = input;
  const given = Object.entries({ signedOn, amountWan, capitalOrigin, registeredOn, startedOn, producingOn, note }).filter(([, value]) => value !== null);
  return { importId, rowNumber, ...Object.fromEntries(given) };
}
