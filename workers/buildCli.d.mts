/** Types of workers/buildCli.mjs (plain JavaScript so that the launcher runs without a build step). */
export const ROOT: string;
export const CLI_DIR: string;
export const CLI_ENTRY: string;
export function isStale(): boolean;
export function buildCli(): Promise<void>;
