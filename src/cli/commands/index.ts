/** Every CLI command, in the order `--help` lists them. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerAnalysis } from './analysis.js';
import { registerCompanies } from './companies.js';
import { registerDeal } from './deal.js';
import { registerDeals } from './deals.js';
import { registerDiff } from './diff.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerImport } from './import.js';
import { registerIngest } from './ingest.js';
import { registerInit } from './init.js';
import { registerLoops } from './loops.js';
import { registerRender } from './render.js';
import { registerReview } from './review.js';
import { registerServe } from './serve.js';

export type RegisterCommand = (program: Command, io: CliIo) => void;

export const commands: readonly RegisterCommand[] = [
  registerServe,
  registerInit,
  registerCompanies,
  registerDeals,
  registerDeal,
  registerDiff,
  registerLoops,
  registerAnalysis,
  registerExtract,
  registerIngest,
  registerReview,
  registerRender,
  registerImport,
  registerExport,
  registerEval,
];
