import fs from 'node:fs';
import path from 'node:path';

// Run in Node only (by `npm run i18n:generate`, vite.config.ts and a test); the app never imports it. TypeScript cannot
// type the files an import.meta.glob finds, so the type of every module's strings is written out from the folders.

export const translationTypeFile = 'web/src/i18n/translation.gen.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const modulesFolder = path.join(root, 'web/src/modules');
const referenceLocale = 'locales/zh-CN.json';

const header = `// Generated from web/src/modules/*/${referenceLocale} by \`npm run i18n:generate\`, and by Vite as it starts or builds;
// do not edit. A test fails when a module's strings are missing here.
`;

/** The modules with strings of their own, in a stable order. */
function modulesWithStrings(): string[] {
  return fs
    .readdirSync(modulesFolder)
    .filter((name) => fs.existsSync(path.join(modulesFolder, name, referenceLocale)))
    .sort();
}

const identifierOf = (module: string) => `${module.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}Strings`;

/** The text of {@link translationTypeFile}: the type of the strings of every module under web/src/modules. */
export function generateTranslationType(): string {
  const modules = modulesWithStrings();
  const imports = modules.map((module) => `import type ${identifierOf(module)} from '../modules/${module}/${referenceLocale}';\n`).join('');
  const strings = modules.map((module) => `typeof ${identifierOf(module)}`).join(' & ') || 'unknown';
  return `${header}${imports}
/** The strings of every module, zh-CN being the reference language. */
export type ModuleStrings = ${strings};
`;
}

/** Writes {@link translationTypeFile} when it differs from what the folders make; says whether it did. */
export function writeTranslationType(): boolean {
  const target = path.join(root, translationTypeFile);
  const text = generateTranslationType();
  const changed = !fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text;
  if (changed) fs.writeFileSync(target, text);
  return changed;
}
