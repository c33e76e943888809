/** Walk a folder lazily, depth first in name order, naming each file the readers can read (or just count them). */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFromExtension, type SourceFormat } from './read-format.js';

export type FolderEntry =
  | { readonly kind: 'file'; readonly path: string; readonly format: SourceFormat }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  | { readonly kind: 'error'; readonly path: string; readonly error: unknown };

/**
 * The files under `dir`, one at a time: only one folder's names are held at once, never file
 * contents. Hidden entries (".git", ".DS_Store") and symbolic links to folders are skipped
 * without being entered; files with extensions the readers do not know are reported as skipped;
 * a folder that cannot be listed is reported as an error and the walk goes on.
 * @example for await (const e of walkFolder('articles')) if (e.kind === 'file') console.log(e.path)
 */
export async function* walkFolder(dir: string): AsyncGenerator<FolderEntry> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', path: dir, error };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) {
      yield { kind: 'skipped', path, reason: 'hidden file or folder' };
      continue;
    }
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target?.isDirectory()) {
        // NOTE: following folder links could loop forever; a file link is safe to read.
        yield { kind: 'skipped', path, reason: 'symbolic link to a folder (not followed)' };
        continue;
      }
      isDir = false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) {
      yield* walkFolder(path);
      continue;
    }
    if (!isFile) {
      yield { kind: 'skipped', path, reason: 'not a regular file' };
      continue;
    }
    const format = formatFromExtension(path);
    if (format) yield { kind: 'file', path, format };
    else
      yield {
        kind: 'skipped',
        path,
        reason: 'unknown file extension (readable: .txt .md .html .htm .xml .rss .atom)',
      };
  }
}

/** How many entries a folder walk yields, and how many of them are feeds (which hold any number of documents). */
export interface FolderCount {
  /** Entries of every kind: files to read, skipped entries and unlistable folders. */
  readonly entries: number;
  readonly feeds: number;
}

/**
 * Count what `walkFolder` would yield without reading any file (names only, and a `stat` for
 * symbolic links), so a long ingest can show its total and time left before it starts.
 * @example const { entries } = await countFolder('articles');
 */
export async function countFolder(dir: string, signal?: AbortSignal): Promise<FolderCount> {
  let entries = 0;
  let feeds = 0;
  for await (const entry of walkFolder(dir)) {
    signal?.throwIfAborted();
    entries++;
    if (entry.kind === 'file' && entry.format === 'feed') feeds++;
  }
  return { entries, feeds };
}
