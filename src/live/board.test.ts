import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardFlag, boardText, readShown } from './board';
import { BOARD, type BoardValue } from './protocol';

/** A board as the server seeds it (classRooms.ts), with `patch` written over it. */
function board(patch: Record<string, BoardValue>): Y.Map<BoardValue> {
  const map = new Y.Doc().getMap<BoardValue>(BOARD.map);
  const seeded = { exercise: '{}', title: 'Week 3', paused: false, ended: false, shown: '' };
  for (const [key, value] of Object.entries({ ...seeded, ...patch })) map.set(key, value);
  return map;
}

describe('the board, as a client reads it', () => {
  it('reads each key as its type says', () => {
    const b = board({ paused: true });
    expect(boardText(b, 'title')).toBe('Week 3');
    expect(boardText(b, 'exercise')).toBe('{}');
    expect(boardFlag(b, 'paused')).toBe(true);
    expect(boardFlag(b, 'ended')).toBe(false);
  });

  it('reads a key not there yet (the board still loading) as absent, and a flag as no', () => {
    const empty = new Y.Doc().getMap<BoardValue>(BOARD.map);
    expect(boardText(empty, 'title')).toBeUndefined();
    expect(boardFlag(empty, 'paused')).toBe(false);
  });

  it('reads a value of another type as absent: only `true` pauses the class', () => {
    const b = board({ title: true, paused: 'true', ended: 'yes' });
    expect(boardText(b, 'title')).toBeUndefined();
    expect(boardFlag(b, 'paused')).toBe(false);
    expect(boardFlag(b, 'ended')).toBe(false);
  });
});

describe('the design on show', () => {
  it.each([
    ['a design and a name', '{"design":"{}","name":"Ana"}', { design: '{}', name: 'Ana' }],
    ['names hidden', '{"design":"{}","name":""}', { design: '{}', name: '' }],
    ['nothing on show', '', undefined],
    ['no board yet', undefined, undefined],
    ['not JSON', '{"design":', undefined],
    ['JSON, but text', '"{}"', undefined],
    ['null', 'null', undefined],
    ['no name', '{"design":"{}"}', undefined],
    ['a design that is not text', '{"design":{},"name":"Ana"}', undefined],
    ['a name that is not text', '{"design":"{}","name":3}', undefined],
  ])('%s', (_, text, shown) => {
    expect(readShown(text)).toEqual(shown);
  });

  it('keeps only the design and the name', () => {
    expect(readShown('{"design":"{}","name":"Ana","extra":1}')).toEqual({
      design: '{}',
      name: 'Ana',
    });
  });
});
