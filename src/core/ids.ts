/** Branded identifiers, so an entity id is never passed where a deal id is expected. */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type EntityId = Brand<string, 'EntityId'>;
export type DocumentId = Brand<string, 'DocumentId'>;
export type ClaimId = Brand<string, 'ClaimId'>;
export type DealId = Brand<string, 'DealId'>;
export type LegId = Brand<string, 'LegId'>;
export type FigureId = Brand<string, 'FigureId'>;
export type JudgementId = Brand<string, 'JudgementId'>;

/** Slugs: lower-case letters, digits and hyphens, starting with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const entityId = (s: string): EntityId => s as EntityId;
export const documentId = (s: string): DocumentId => s as DocumentId;
export const claimId = (s: string): ClaimId => s as ClaimId;
export const dealId = (s: string): DealId => s as DealId;
export const legId = (s: string): LegId => s as LegId;
export const figureId = (s: string): FigureId => s as FigureId;
export const judgementId = (s: string): JudgementId => s as JudgementId;

/**
 * Turn a name into a slug id: "Microsoft Azure" → "microsoft-azure".
 * @example slugify('Amazon Web Services (AWS)') // 'amazon-web-services-aws'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
