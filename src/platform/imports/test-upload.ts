// For tests: uploading a file to an import as a browser would.
import type { App } from '../../server/app.ts';

/** A multipart/form-data body carrying one file as the "file" field; head apart, so that a test can cut the body short. */
export function multipartBody(fileName: string, content: Buffer) {
  const boundary = '----qiao-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { head, payload: Buffer.concat([head, content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** POST the file to an import's upload route, as the signed-in user of these headers, in this language. */
export function postUpload(app: App, url: string, headers: Record<string, string>, fileName: string, content: Buffer, locale = 'zh-CN') {
  const { payload, contentType } = multipartBody(fileName, content);
  return app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': contentType, 'accept-language': locale }, payload });
}
