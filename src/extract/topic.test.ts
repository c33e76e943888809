import { describe, it, expect } from 'vitest';
import { buildView } from './build-view.js';
import { topicAt } from './topic.js';
import { realGazetteer } from '../../test/extract-helpers.js';

const view = (text: string) => buildView(text, '2025-12-17', realGazetteer());

describe('topicAt', () => {
  it('names the company that dominates the paragraph', () => {
    const v = view('Nebius said its revenue doubled. The company expects more growth. It plans to open two sites.');
    expect(topicAt(v, 2)?.entityId).toBe('nebius');
  });

  it('is null when two companies share the paragraph', () => {
    const v = view('Nebius said its revenue doubled. Microsoft said its revenue rose. Both plan to open sites.');
    expect(topicAt(v, 2)).toBeNull();
  });

  it('looks back to the previous paragraph when the current one has just begun', () => {
    const v = view('Cohere said it had raised money. The company will hire. It is based in Toronto.\n\nThe plans are large.');
    expect(topicAt(v, 3)?.entityId).toBe('cohere');
  });

  it('lets a filter narrow the race', () => {
    const v = view('Oracle said it would build more. Oracle expects growth. Its shares rose, and OpenAI was mentioned.');
    expect(topicAt(v, 2, (m) => m.entityId !== 'oracle')).toBeNull();
    expect(topicAt(v, 2)?.entityId).toBe('oracle');
  });
});
