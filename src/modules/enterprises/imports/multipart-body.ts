/**
 * For tests: a multipart/form-data body carrying one file as the "file" field, with its opening (headers) and closing
 * boundary apart so that a test can cut the body short.
 */
export function multipartBody(fileName: string, content: Buffer) {
  const boundary = '----qiao-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { head, tail, payload: Buffer.concat([head, content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
