// Writes the type of every web module's strings (web/src/i18n/translation.gen.ts) from web/src/modules/*/locales:
//   npm run i18n:generate
// Vite does the same as it starts or builds; a test fails while the committed file misses a module.
import { translationTypeFile, writeTranslationType } from '../web/src/i18n/translation-type.ts';

process.stdout.write(`${translationTypeFile}: ${writeTranslationType() ? 'updated' : 'already up to date'}\n`);
