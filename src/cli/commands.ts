export interface CliCommand {
  summary: string;
  /** Returns the process exit code (0 when omitted). */
  run(args: string[]): Promise<number | void>;
}

// Each command's module is imported lazily so that `qiao match-eval` does not load the web server.
export const commands: Record<string, CliCommand> = {
  start: {
    summary: 'Run the platform (builds the web app first when its sources changed)',
    run: async () => (await import('../server/start-command.ts')).runStart(),
  },
  dev: {
    summary: 'Run the server and the web app with hot reload',
    run: async () => (await import('../server/dev-command.ts')).runDev(),
  },
  seed: {
    summary: 'Load the demo data into an empty database',
    run: async () => (await import('../seed/seed-command.ts')).runSeed(),
  },
  'match-eval': {
    summary: 'Rank listings for demands from JSONL files; with --qrels, print nDCG@10, Recall@10 and MRR; --export-qrels FILE writes the market\'s decided introductions as judgements',
    run: async (args) =>
      args.some((arg) => arg.startsWith('--export-qrels'))
        ? (await import('../modules/market-deals/cli/export-qrels.ts')).runExportQrels(args)
        : (await import('../modules/matching/cli/match-eval.ts')).runMatchEval(args),
  },
};
