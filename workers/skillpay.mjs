#!/usr/bin/env node
/**
 * The CLI's launcher (`npx skillpay …`, `npm run simulate -- …`): runs the prebuilt CLI, building it first when
 * there is none or a source is newer than it (a developer's edit is never run stale). See workers/buildCli.mjs.
 */
import { buildCli, CLI_ENTRY, isStale } from './buildCli.mjs';
import { pathToFileURL } from 'node:url';

if (isStale()) await buildCli();
const { main } = await import(pathToFileURL(CLI_ENTRY).href);
const r = await main(process.argv.slice(2));
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
process.exitCode = r.code;
