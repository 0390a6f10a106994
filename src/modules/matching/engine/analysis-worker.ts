import { parentPort, workerData } from 'node:worker_threads';
import { domainTextAnalysis, plainTextAnalyzer } from '../../../platform/text/domain.ts';
import { analyseTexts } from './collection.ts';
import type { AnalysisChunk, AnalysisResult, AnalysisWorkerData } from './parallel-analysis.ts';

// Runs in a worker thread: analyses chunks of records sent by parallel-analysis.ts and sends back their terms
// as this worker's own term numbers, with the terms it had not sent before (see AnalysisResult). Each bulk load
// starts afresh (its first chunk says so): it fills another index, which knows none of the terms.
const { analysis } = workerData as AnalysisWorkerData;
const analyze = analysis === 'domain' ? domainTextAnalysis().analyze : plainTextAnalyzer();
const localIds = new Map<string, number>();
// The dictionaries are loaded: the pool may say that its workers are ready.
parentPort?.postMessage('ready');

parentPort?.on('message', ({ chunk, texts, weights, fresh }: AnalysisChunk) => {
  if (fresh) localIds.clear();
  const fieldCount = weights.length;
  const documentCount = texts.length / fieldCount;
  const newTerms: string[] = [];
  const termIds: number[] = [];
  const frequencies: number[] = [];
  const termCounts = new Int32Array(documentCount);
  const lengths = new Float64Array(documentCount);
  for (let doc = 0; doc < documentCount; doc += 1) {
    const analysed = analyseTexts(analyze, texts.slice(doc * fieldCount, (doc + 1) * fieldCount), weights);
    analysed.terms.forEach((term, i) => {
      let id = localIds.get(term);
      if (id === undefined) {
        id = localIds.size;
        localIds.set(term, id);
        newTerms.push(term);
      }
      termIds.push(id);
      frequencies.push(analysed.frequencies[i]!);
    });
    termCounts[doc] = analysed.terms.length;
    lengths[doc] = analysed.length;
  }
  const result: AnalysisResult = {
    chunk,
    newTerms: newTerms.join('\u0000'),
    termIds: Int32Array.from(termIds),
    termCounts,
    frequencies: Float64Array.from(frequencies),
    lengths,
  };
  const buffers = [result.termIds.buffer, result.termCounts.buffer, result.frequencies.buffer, result.lengths.buffer];
  parentPort?.postMessage(result, buffers);
});
