/** A source document: one article, filing, press release or dataset citation. */
import type { IsoDate } from './fuzzy-date.js';
import type { DocumentId, EntityId } from './ids.js';

export type DocumentKind = 'news' | 'press_release' | 'filing' | 'blog' | 'citation';

export interface SourceDocument {
  readonly id: DocumentId;
  readonly kind: DocumentKind;
  readonly url: string | null;
  /** The outlet as an entity (kind "outlet") when known. */
  readonly outletId: EntityId | null;
  /** The outlet's name as shown, even when it is not in the gazetteer. */
  readonly outlet: string | null;
  readonly title: string | null;
  /** Publication date; relative dates in the text resolve against it. */
  readonly publishedAt: IsoDate | null;
  /** When roundtrip read it (ISO timestamp). */
  readonly retrievedAt: string;
  /** sha256 of the text, hex; the same document twice is stored once. */
  readonly contentHash: string;
  /** The article text that evidence offsets point into. */
  readonly text: string;
}
