/**
 * Query keys: every answer is stored under the dataset it was computed on,
 * the fingerprint of the scheme it answers, and the question. A scheme edit
 * changes the fingerprint, so an answer can never be shown next to (or
 * applied to) a scheme it was not computed for.
 */
export const keys = {
  profile: (ds: string) => ['profile', ds] as const,
  result: (ds: string, fp: string) => ['result', ds, fp] as const,
  /** The scheme's id is part of the key only so that a placeholder is never another scheme's charts. */
  charts: (ds: string, fp: string, id: string) => ['charts', ds, fp, id] as const,
  craftsmen: (ds: string, fp: string) => ['craftsmen', ds, fp] as const,
  candidates: (ds: string, minLevel: number, query: string, taken: string[]) => ['candidates', ds, minLevel, query, taken] as const,
  search: (ds: string, query: string) => ['search', ds, query] as const,
  worker: (ds: string, index: number, fps: string[]) => ['worker', ds, index, fps] as const,
  solve: (ds: string, fp: string, question: unknown) => ['solve', ds, fp, question] as const,
  /** The scheme's id last: a zone kept up while the next is worked out is this scheme's own (useQuestion `keep`). */
  zone: (ds: string, fp: string, question: unknown, id: string) => ['zone', ds, fp, question, id] as const,
  tornado: (ds: string, fp: string) => ['tornado', ds, fp] as const,
  /** `file`: the achievements whose rewards the scheme counts in its bill ('' when it counts none); the scheme's id last, so a placeholder is its own. */
  explainFigures: (ds: string, fp: string, file: string, id: string) => ['explainFigures', ds, fp, file, id] as const,
  contract: (ds: string, question: unknown) => ['contract', ds, question] as const,
  contractOnScheme: (ds: string, fp: string, question: unknown) => ['contractOnScheme', ds, fp, question] as const,
  projection: (ds: string, fp: string, settings: unknown) => ['projection', ds, fp, settings] as const,
  /** The file's contents and the scheme's id are in the key so that a placeholder is never another file's or scheme's answer. */
  innovation: (ds: string, fp: string, file: string, id: string) => ['innovation', ds, fp, file, id] as const,
  innovationKept: (ds: string, fp: string, file: string, keep: number) => ['innovation-kept', ds, fp, file, keep] as const,
  /** 履约检查: the ledger's contents and the contract's terms are in the key, with the scheme held to them. */
  compliance: (ds: string, fp: string, ledger: string, terms: unknown) => ['compliance', ds, fp, ledger, terms] as const,
  /** A worker's rows in the loaded ledgers (kept in the engine). */
  ledgerRows: (ledger: string, worker: string) => ['ledgerRows', ledger, worker] as const,
  equity: (grant: unknown, paths: number, seed: number) => ['equity', grant, paths, seed] as const,
};
