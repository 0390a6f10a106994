// Keys are made by Qiao (a prefix folder and an id); anything else would be a bug or an attempt to leave the folder.
const storageKey = /^[0-9a-z-]+(\/[0-9a-z-]+)*$/;

export const isStorageKey = (key: string) => storageKey.test(key);

export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
}

/** What `read` rejects with when nothing is stored under the key: the code a missing file has on local disk. */
export function missingContent(key: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`no content is stored under ${key}`), { code: 'ENOENT' });
}
