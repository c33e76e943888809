/** Which extractor a command uses: the offline rules (default) or an LLM behind an OpenAI-compatible endpoint. */
import type { Command } from 'commander';
import type { Entity } from '../core/entity.js';
import { InputError } from '../core/errors.js';
import type { ExtractFn } from '../ingest/ingest-pipeline.js';
import type { CliIo } from './io.js';

export interface ExtractorFlags {
  llmUrl?: string;
  llmModel?: string;
  llmTimeout?: string;
  backoff?: boolean;
}

export function addExtractorOptions(cmd: Command): Command {
  return cmd
    .option('--llm-url <url>', 'use an LLM at this OpenAI-compatible endpoint (e.g. http://127.0.0.1:11434/v1) instead of the offline rules')
    .option('--llm-model <name>', 'the model to ask (with --llm-url); the key, if any, comes from ROUNDTRIP_LLM_KEY or OPENAI_API_KEY')
    .option('--llm-timeout <ms>', 'how long to wait for the LLM per document', '120000')
    .option('--backoff', 'offline rules only: also propose low-confidence claims for company pairs in one sentence that the rules leave unlinked, with an amount only when that sentence, a neighbour that names the deal, or the headline clearly states it (learned back-off; finds more deals on new text, see docs/extraction-backoff.md)');
}

/**
 * The extract function the flags ask for.
 * NOTE: the extractors are loaded here, when a command runs, not when the CLI starts: the rules and
 * their gazetteer are a large part of start-up that `--help` and the ledger commands do not need.
 */
export async function extractorFrom(io: CliIo, flags: ExtractorFlags, entities: readonly Entity[]): Promise<ExtractFn> {
  if (!flags.llmUrl && !flags.llmModel) {
    const { rulesExtractFn } = await import('../ledger/extractor.js');
    return rulesExtractFn(entities, io.now, flags.backoff ? { pairBackoff: true } : {});
  }
  if (flags.backoff) throw new InputError('--backoff belongs to the offline rules; drop it when using --llm-url', { option: 'backoff' });
  if (!flags.llmUrl || !flags.llmModel) {
    throw new InputError('--llm-url and --llm-model go together: give both to use an LLM, or neither for the offline rules', { option: flags.llmUrl ? 'llm-model' : 'llm-url' });
  }
  const timeoutMs = Number(flags.llmTimeout ?? '120000');
  if (!(timeoutMs > 0)) throw new InputError(`--llm-timeout "${flags.llmTimeout}" must be a positive number of milliseconds`, { option: 'llm-timeout' });
  const [{ LLM_KEY_VARIABLES, createLlmExtractor }, { buildGazetteer }, { attachValuations }] = await Promise.all([
    import('../extract/llm-extractor.js'),
    import('../extract/gazetteer.js'),
    import('../extract/attach-valuations.js'),
  ]);
  const apiKey = LLM_KEY_VARIABLES.map((v) => io.env[v]).find((v) => v !== undefined && v !== '');
  const llm = createLlmExtractor({ url: flags.llmUrl, model: flags.llmModel, timeoutMs, entities, ...(apiKey ? { apiKey } : {}) });
  const gazetteer = buildGazetteer(entities);
  return async (doc) => {
    const result = await llm.extract(doc, { gazetteer, now: io.now() });
    return { ...result, claims: attachValuations(result.claims, result.figures) };
  };
}
