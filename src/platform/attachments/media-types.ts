// Short names people know file types by, the same in every language; the message that refuses a file names its
// type and the accepted ones, and the web app's upload hint the accepted ones.
const knownNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'image/svg+xml': 'SVG',
  'text/plain': 'TXT',
  'text/html': 'HTML',
  'application/xml': 'XML',
  'application/zip': 'ZIP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (.pptx)',
  'application/x-cfb': 'Office 97–2003 (.doc/.xls/.ppt)',
  'application/x-msdownload': '.exe/.dll',
};

export const mediaTypeName = (mediaType: string): string => knownNames[mediaType] ?? mediaType;
