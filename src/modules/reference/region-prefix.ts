/**
 * The code prefix shared by a region and everything beneath it: '370000' → '37', '370200' → '3702'. Pure, so that
 * the server's filters and the web's counts share it.
 */
export function regionPrefix(code: string): string {
  return code.replace(/(00)+$/, '') || code;
}
