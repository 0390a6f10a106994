/**
 * A fresh key for one submission of a form, sent with it so that a double click or a retry creates one record.
 * From getRandomValues, which (unlike randomUUID) also works on a page served over plain HTTP on the network.
 */
export function submissionKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
