// For tests: request bodies as a browser sends a form with files.

export type FormPart = { name: string; value: string } | { name: string; fileName: string; content: Buffer };

/** A multipart/form-data body as a browser sends it, its parts in this order. */
export function multipartForm(parts: FormPart[]) {
  const boundary = '----qiao-test-boundary';
  const chunks = parts.flatMap((part) =>
    'value' in part
      ? [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`)]
      : [
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
          part.content,
          Buffer.from('\r\n'),
        ],
  );
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}
