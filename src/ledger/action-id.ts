/** Unique ids for audit-log actions (two actions in the same millisecond must not collide). */
import { randomUUID } from 'node:crypto';

/** "review.accept" → "review.accept:6f1c…". */
export function actionId(kind: string): string {
  return `${kind}:${randomUUID()}`;
}
