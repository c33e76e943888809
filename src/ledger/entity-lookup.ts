/** Find a company by id, name, alias or ticker, with suggestions when nothing matches. */
import type { Entity } from '../core/entity.js';
import { NotFoundError } from '../core/errors.js';
import { slugify } from '../core/ids.js';

const norm = (s: string) => s.trim().toLowerCase();

/**
 * The entity `ref` names: an exact id first, then a name, alias or ticker (case-insensitive).
 * @throws NotFoundError listing the closest names.
 */
export function findEntity(entities: readonly Entity[], ref: string): Entity {
  const q = norm(ref);
  const byId = entities.find((e) => e.id === q || e.id === slugify(ref));
  if (byId) return byId;
  const byName = entities.find(
    (e) =>
      norm(e.name) === q ||
      e.aliases.some((a) => norm(a.name) === q) ||
      (e.identifiers.ticker !== undefined && norm(e.identifiers.ticker) === q),
  );
  if (byName) return byName;
  const near = entities
    .filter((e) => e.id.includes(slugify(ref)) || norm(e.name).includes(q) || q.includes(norm(e.name)))
    .slice(0, 5)
    .map((e) => e.id);
  const hint = near.length ? `; did you mean ${near.join(', ')}?` : '; run `roundtrip companies` to list them';
  throw new NotFoundError(`no company "${ref}" in the gazetteer${hint}`, { ref, suggestions: near });
}
