import dayjs, { type Dayjs } from 'dayjs';
import type { Demand, DemandBody, DemandKind, IpOwnership, Maturity, TransactionMode } from './api.ts';
import { amountOrNull, contactValues, toContacts, type ContactValues } from './record-form.ts';

/**
 * The demand form's values, for both kinds: a technology demand names one field if it knows it (`fieldId`), an
 * investor several (`fieldIds`); each kind sends only its own part.
 */
export interface DemandFormValues {
  kind: DemandKind;
  ownerId?: string;
  title: string;
  summary: string;
  confidentialDetails?: string;
  contacts?: ContactValues[];
  // Technology.
  targets?: string;
  fieldId?: string | null;
  budgetWan?: number | null;
  deadline?: Dayjs | null;
  maturityNeeded?: Maturity | null;
  ipOwnership?: IpOwnership | null;
  // Capital.
  fieldIds?: string[];
  stages?: Maturity[];
  ticketMinWan?: number | null;
  ticketMaxWan?: number | null;
  modes?: TransactionMode[];
}

type DemandFields = Omit<DemandBody, 'kind' | 'ownerId'>;

function fieldsOf(values: DemandFormValues): DemandFields {
  const shared = {
    title: values.title.trim(),
    summary: values.summary.trim(),
    confidentialDetails: (values.confidentialDetails ?? '').trim(),
    contacts: toContacts(values.contacts),
  };
  if (values.kind === 'capital') {
    return {
      ...shared,
      fieldIds: values.fieldIds ?? [],
      stages: values.stages ?? [],
      ticketMinWan: amountOrNull(values.ticketMinWan),
      ticketMaxWan: amountOrNull(values.ticketMaxWan),
      modes: values.modes ?? [],
    };
  }
  return {
    ...shared,
    targets: (values.targets ?? '').trim(),
    fieldIds: values.fieldId ? [values.fieldId] : [],
    budgetWan: amountOrNull(values.budgetWan),
    deadline: values.deadline ? values.deadline.format('YYYY-MM-DD') : null,
    maturityNeeded: values.maturityNeeded ?? null,
    ipOwnership: values.ipOwnership ?? null,
    modes: values.modes ?? [],
  };
}

/** The body for creating a demand (its kind, and the owner only reviewers name). */
export function toNewDemandBody(values: DemandFormValues, options: { includeOwner: boolean }): DemandBody {
  return { kind: values.kind, ...(options.includeOwner && values.ownerId ? { ownerId: values.ownerId } : {}), ...fieldsOf(values) };
}

/** The body for changing a draft: its kind stays. */
export function toDemandChanges(values: DemandFormValues): DemandFields {
  return fieldsOf(values);
}

/** A saved demand as the form shows it for editing. */
export function demandFormValues(demand: Demand): DemandFormValues {
  return {
    kind: demand.kind,
    ownerId: demand.owner.id,
    title: demand.title,
    summary: demand.summary,
    confidentialDetails: demand.confidentialDetails ?? '',
    contacts: contactValues(demand.contacts),
    targets: demand.targets,
    fieldId: demand.kind === 'technology' ? (demand.fields[0]?.id ?? null) : null,
    budgetWan: demand.budgetWan,
    deadline: demand.deadline ? dayjs(demand.deadline) : null,
    maturityNeeded: demand.maturityNeeded,
    ipOwnership: demand.ipOwnership,
    fieldIds: demand.fields.map((field) => field.id),
    stages: demand.stages,
    ticketMinWan: demand.ticketMinWan,
    ticketMaxWan: demand.ticketMaxWan,
    modes: demand.modes,
  };
}

export function emptyDemandForm(kind: DemandKind): DemandFormValues {
  return { kind, title: '', summary: '', contacts: [], fieldIds: [], stages: [], modes: [] };
}
