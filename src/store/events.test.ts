import { describe, expect, it } from 'vitest';
import { asBlockId, asVariantId } from '@/engine';
import { createEventChannel } from './events';

describe('the event channel', () => {
  it('tells each listener the events of its type only, until it stops listening', () => {
    const events = createEventChannel();
    const reveals: unknown[] = [];
    const drops: unknown[] = [];
    const stop = events.on('reveal', (e) => reveals.push(e.ids));
    events.on('palette-drop', (e) => drops.push(e.drop.variant));
    events.emit({ type: 'reveal', ids: [asBlockId('a')], focus: false });
    events.emit({
      type: 'palette-drop',
      drop: { kind: 'os', variant: asVariantId('ubuntu'), label: 'Ubuntu', x: 1, y: 2 },
    });
    stop();
    events.emit({ type: 'reveal', ids: [asBlockId('b')], focus: true });
    expect(reveals).toEqual([['a']]);
    expect(drops).toEqual(['ubuntu']);
  });

  it('keeps nothing: a listener added later hears only what happens after', () => {
    const events = createEventChannel();
    events.emit({ type: 'reveal', ids: [asBlockId('a')], focus: false });
    const heard: unknown[] = [];
    events.on('reveal', (e) => heard.push(e.ids));
    expect(heard).toEqual([]);
  });
});
