// For tests: uploading a file to the enterprise import as a browser would.
import { postUpload } from '../../../platform/imports/test-upload.ts';
import type { App } from '../../../server/app.ts';

export { multipartBody } from '../../../platform/imports/test-upload.ts';

/** POST /api/enterprises/imports with the file, as the signed-in user of these headers, in this language. */
export function postImport(app: App, headers: Record<string, string>, fileName: string, content: Buffer, locale = 'zh-CN') {
  return postUpload(app, '/api/enterprises/imports', headers, fileName, content, locale);
}
