import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, type FieldProblem } from '../app/api.ts';
import { describeError } from './describe-error.ts';

export type FieldPath = (string | number)[];

/** `contacts.0.phone` → `['contacts', 0, 'phone']`, the shape antd forms name nested fields by. */
export function toFieldPath(dotted: string): FieldPath {
  return dotted.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Groups the server's field errors by field, keeping their order. */
export function groupFieldProblems(errors: readonly FieldProblem[]): { path: FieldPath; messages: string[] }[] {
  const grouped = new Map<string, string[]>();
  for (const { field, message } of errors) grouped.set(field, [...(grouped.get(field) ?? []), message]);
  return [...grouped].map(([field, messages]) => ({ path: toFieldPath(field), messages }));
}

/**
 * Shows a failed submission where the user will look: each field error under its field, anything else (and
 * errors on fields the form does not show) as a message.
 */
export function useShowFormProblem<T>(form: FormInstance<T>) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiProblem) || error.errors.length === 0) {
        void message.error(describeError(error, t));
        return;
      }
      const shown = new Set(Object.keys(form.getFieldsValue() as object));
      const groups = groupFieldProblems(error.errors);
      const onForm = groups.filter((group) => shown.has(String(group.path[0])));
      form.setFields(onForm.map((group) => ({ name: group.path as never, errors: group.messages })));
      const elsewhere = groups.filter((group) => !onForm.includes(group)).flatMap((group) => group.messages);
      if (onForm[0]) form.scrollToField(onForm[0].path as never);
      void message.error(elsewhere.length ? `${error.title}: ${elsewhere.join('; ')}` : error.title);
    },
    [form, message, t],
  );
}
