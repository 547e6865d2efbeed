import { parseExercise } from '@/engine/exercise/parseExercise';
import type { LiveStore, TeacherView } from './liveStore';
import type { TeacherSeat } from './liveSessions';
import {
  BOARD,
  DASH,
  docName,
  type DashEntry,
  type Hint,
  type ServerNotice,
  type TeacherCommand,
} from './protocol';
import { openDoc, openSocket } from './socket';

function readEntry(raw: string): DashEntry | undefined {
  try {
    const e = JSON.parse(raw) as DashEntry;
    return typeof e.name === 'string' && typeof e.design === 'string' ? e : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The teacher's side of a class: the dashboard (every student's name, design and hand, as the
 * server accepted them) and the board, both read-only; every action is a command the server
 * carries out once it has checked the teacher key.
 */
export function startTeacher(live: LiveStore, seat: TeacherSeat) {
  const token = { role: 'teacher', key: seat.key };
  const set = (patch: Partial<TeacherView>) =>
    live.setState((s) => (s.teacher ? { teacher: { ...s.teacher, ...patch } } : {}));
  live.setState({
    teacher: {
      code: seat.code,
      key: seat.key,
      title: seat.title,
      exercise: undefined,
      status: 'connecting',
      entries: new Map(),
      paused: false,
      ended: false,
      hints: [],
      shown: null,
      problem: undefined,
    },
  });
  const socket = openSocket((status) => set({ status }));
  const onRefused = (reason: string) => set({ problem: reason });
  const dash = openDoc(socket, docName({ kind: 'dash', code: seat.code }), token, { onRefused });
  const board = openDoc(socket, docName({ kind: 'board', code: seat.code }), token, {
    onRefused,
    onStateless: (payload) => {
      try {
        const notice = JSON.parse(payload) as ServerNotice;
        if (notice.type === 'refused') set({ problem: notice.reason });
      } catch {
        // not for us
      }
    },
  });

  const students = dash.doc.getMap<string>(DASH.map);
  students.observe((event) => {
    const entries = new Map(live.getState().teacher?.entries);
    for (const key of event.keysChanged) {
      const raw = students.get(key);
      const entry = raw === undefined ? undefined : readEntry(raw);
      if (entry) entries.set(key, entry);
      else entries.delete(key);
    }
    set({ entries });
  });

  const classMap = board.doc.getMap(BOARD.map);
  const hints = board.doc.getArray<Hint>(BOARD.hints);
  let exerciseText: unknown;
  const readBoard = () => {
    const text = classMap.get('exercise');
    if (text !== exerciseText) {
      exerciseText = text;
      const read = parseExercise(text);
      if (read.ok) set({ exercise: read.exercise });
    }
    set({
      title: String(classMap.get('title') ?? seat.title),
      paused: classMap.get('paused') === true,
      ended: classMap.get('ended') === true,
      hints: hints.toArray(),
    });
  };
  classMap.observe(readBoard);
  hints.observe(readBoard);

  const send = (command: TeacherCommand) => {
    set({ problem: undefined });
    board.provider.sendStateless(JSON.stringify(command));
  };

  return {
    send,
    show(student: string | null, names: boolean) {
      set({ shown: student });
      send({ type: 'show', student, names });
    },
    stop() {
      dash.provider.destroy();
      board.provider.destroy();
      socket.destroy();
      live.setState({ teacher: undefined });
    },
  };
}

export type TeacherSession = ReturnType<typeof startTeacher>;
