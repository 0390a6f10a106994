import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cedictFiles } from '../../../platform/text/bilingual.ts';
import { TEXT_DATA_FILES } from '../../../platform/text/domain.ts';
import type { EngineConfig } from './match-engine.ts';

/**
 * Everything a listing's analysis depends on besides its own text: the code of the text pipeline and of the
 * engine's field definitions, the operator's data files, and the versions of the segmenter, the converter and the
 * dictionary. Any change among them changes the fingerprint, and analyses stored under another one are analysed
 * afresh: a stored analysis is only ever a faster way to the very same terms.
 */
const CODE = [
  '../../../platform/text/analyzer.ts',
  '../../../platform/text/bilingual.ts',
  '../../../platform/text/domain.ts',
  '../../../platform/text/latin.ts',
  '../../../platform/text/normalize.ts',
  '../../../platform/text/segment.ts',
  '../../../platform/text/simplify.ts',
  '../../../platform/text/term-table.ts',
  './collection.ts',
  './match-engine.ts',
].map((path) => new URL(path, import.meta.url));

const PACKAGES = ['@node-rs/jieba', 'opencc-js'];

/** A package's version, from its own package.json (which its exports may not expose): up from its entry point. */
function installedVersion(name: string): string {
  let directory = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest)) {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (found === name && version) return version;
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`cannot find the version of ${name}`);
    directory = parent;
  }
}

const fingerprints = new Map<EngineConfig, string>();

export function analysisFingerprint(config: EngineConfig): string {
  let fingerprint = fingerprints.get(config);
  if (fingerprint === undefined) {
    const hash = createHash('sha256');
    const part = (value: string | Buffer) => hash.update(value).update('\u0000');
    part(config.analysis);
    for (const field of config.listingFields) part(`${field.name}:${field.weight}`);
    for (const url of [...CODE, ...Object.values(TEXT_DATA_FILES)]) part(readFileSync(url));
    for (const name of PACKAGES) part(`${name}@${installedVersion(name)}`);
    part(cedictFiles().header);
    fingerprint = hash.digest('base64url').slice(0, 22);
    fingerprints.set(config, fingerprint);
  }
  return fingerprint;
}
