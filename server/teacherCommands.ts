import type { Connection } from '@hocuspocus/server';
import {
  LIVE_LIMITS,
  parseDocName,
  type ServerNotice,
  type Shown,
  type TeacherCommand,
} from '../src/live/protocol';
import type { Who } from './auth';
import type { ClassRooms } from './classRooms';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** A hint is plain text, a few lines at most. */
const cleanHint = (text: string) =>
  Array.from(text.replace(CONTROL, ' ').trim()).slice(0, LIVE_LIMITS.maxHint).join('');

function readCommand(payload: string): TeacherCommand | undefined {
  if (payload.length > 4000) return undefined;
  try {
    const c = JSON.parse(payload) as Record<string, unknown>;
    switch (c.type) {
      case 'pause':
      case 'resume':
      case 'end':
      case 'delete':
        return { type: c.type };
      case 'hint':
        if (typeof c.text !== 'string') return undefined;
        if (c.to !== undefined && typeof c.to !== 'string') return undefined;
        return { type: 'hint', text: c.text, ...(typeof c.to === 'string' ? { to: c.to } : {}) };
      case 'show':
        if (c.student !== null && typeof c.student !== 'string') return undefined;
        return { type: 'show', student: c.student, names: c.names === true };
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

const notice = (connection: Connection, reason: string) =>
  connection.sendStateless(JSON.stringify({ type: 'refused', reason } satisfies ServerNotice));

/**
 * Carries out a teacher's command sent on the board: only a connection that presented the
 * class's teacher key may pause, hint, show, end or delete. Anything else is refused, and the
 * sender is told.
 */
export async function runTeacherCommand(
  rooms: ClassRooms,
  connection: Connection,
  documentName: string,
  payload: string,
) {
  const doc = parseDocName(documentName);
  const who = (connection.context as { who?: Who }).who;
  if (doc?.kind !== 'board' || who?.role !== 'teacher' || who.code !== doc.code)
    return notice(connection, 'Only the teacher can do that.');
  const command = readCommand(payload);
  if (!command) return notice(connection, 'Not a command.');
  const { code } = doc;
  switch (command.type) {
    case 'pause':
    case 'resume':
      return rooms.setBoard(code, (b) => b.set('paused', command.type === 'pause'));
    case 'hint': {
      const text = cleanHint(command.text);
      if (text === '') return notice(connection, 'A hint needs some words.');
      if (command.to !== undefined && !(await rooms.dashEntry(code, command.to)))
        return notice(connection, 'No such student in this class.');
      return rooms.hint(code, text, command.to);
    }
    case 'show': {
      if (command.student === null) return rooms.setBoard(code, (b) => b.set('shown', ''));
      const entry = await rooms.dashEntry(code, command.student);
      if (!entry) return notice(connection, 'No such student in this class.');
      const shown: Shown = { design: entry.design, name: command.names ? entry.name : '' };
      return rooms.setBoard(code, (b) => b.set('shown', JSON.stringify(shown)));
    }
    case 'end':
      return rooms.end(code);
    case 'delete':
      return rooms.remove(code);
  }
}
