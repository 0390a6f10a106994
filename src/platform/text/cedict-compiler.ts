import { parentPort, workerData } from 'node:worker_threads';
import { cedictFiles, compileCedict, keepCompiledTable, serialiseTable } from './bilingual.ts';

// Runs in a worker thread started by loadCedictLexicon: compiles CC-CEDICT's table, keeps it in the given
// directory for later processes, and sends it back serialised.
const files = cedictFiles((workerData as { directory: string }).directory);
const serialised = serialiseTable(files.header, compileCedict(files.packageDirectory));
keepCompiledTable(files, serialised);
parentPort?.postMessage(serialised);
