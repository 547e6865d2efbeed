import type { Exercise } from '@/engine';
import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import { createLiveStore, type LivePanel, type LiveStore } from './liveStore';
import { seats } from './liveSessions';
import { cleanName, formatCode, LIVE_PATH, normalizeCode, type ClassInfo } from './protocol';
import { startStudent, type StudentSession } from './studentSession';
import { startTeacher, type TeacherSession } from './teacherSession';

/** Keeps the class in the address, so a reload (or a crash) comes straight back to it. */
function setAddress(param: 'join' | 'teach' | undefined, code?: string) {
  const url = new URL(location.href);
  url.searchParams.delete('join');
  url.searchParams.delete('teach');
  if (param && code) url.searchParams.set(param, formatCode(code));
  history.replaceState(history.state, '', `${url.pathname}${url.search}`);
}

async function classInfo(code: string): Promise<ClassInfo | string> {
  try {
    const res = await fetch(`${LIVE_PATH}/api/classes/${code}`, { cache: 'no-store' });
    if (res.status === 404)
      return `There is no class with the code ${formatCode(code)}. Check it with your teacher.`;
    if (!res.ok) return 'The class server did not answer. Try again in a moment.';
    return (await res.json()) as ClassInfo;
  } catch {
    return 'No class server is reachable from this page.';
  }
}

/**
 * The live class in this tab: at most one class as a student and one as a teacher. Its views
 * mount into their own root the first time they are needed.
 */
export function createLive(sandbox: Sandbox, documents: Documents) {
  const store: LiveStore = createLiveStore();
  let student: StudentSession | undefined;
  let teacher: TeacherSession | undefined;
  let mounted: Promise<void> | undefined;
  const mount = () =>
    (mounted ??= import('./mountLive').then((m) => m.mountLive(live, sandbox, documents)));

  const live = {
    store,
    sandbox,
    documents,
    show(panel: LivePanel) {
      store.setState({ panel });
      void mount();
    },
    close() {
      store.setState({ panel: { type: 'none' } });
    },
    student: () => student,
    teacher: () => teacher,

    /** Starts a class on `exercise`; the teacher key stays in this browser. */
    async startClass(exercise: Exercise): Promise<string | undefined> {
      let res: Response;
      try {
        res = await fetch(`${LIVE_PATH}/api/classes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ exercise }),
        });
      } catch {
        return 'No class server is reachable from this page.';
      }
      const body = (await res.json().catch(() => ({}))) as {
        code?: string;
        teacherKey?: string;
        title?: string;
        error?: string;
      };
      if (res.status !== 201 || !body.code || !body.teacherKey)
        return body.error ?? 'The class server could not start a class.';
      const seat = { code: body.code, key: body.teacherKey, title: body.title ?? exercise.title };
      seats.saveTeacher(seat);
      live.teach(seat.code, seat.key);
      live.show({ type: 'join-code' });
      return undefined;
    },

    /** Opens the dashboard of a class this browser (or a co-teacher link) has the key of. */
    teach(code: string, key: string) {
      teacher?.stop();
      const seat = seats.teacher(code) ?? { code, key, title: '' };
      if (seat.key !== key) seat.key = key;
      seats.saveTeacher(seat);
      teacher = startTeacher(store, seat);
      setAddress('teach', code);
      live.show({ type: 'dashboard' });
    },

    stopTeaching() {
      teacher?.stop();
      teacher = undefined;
      setAddress(undefined);
      live.close();
    },

    /** Joins as a student; the same browser continues the same design. */
    async join(rawCode: string, rawName: string): Promise<string | undefined> {
      const code = normalizeCode(rawCode);
      if (!code) return 'A class code has six letters and digits, like K7P-4QX.';
      const name = cleanName(rawName);
      if (!name) return 'Type your name (your first name is enough).';
      const info = await classInfo(code);
      if (typeof info === 'string') return info;
      if (info.ended && !seats.student(code)) return 'This class has ended.';
      const seat = seats.studentOrNew(code, name);
      seats.saveStudent(seat);
      student?.leave();
      student = startStudent(store, documents, seat);
      setAddress('join', code);
      live.close();
      void mount();
      return undefined;
    },

    leaveClass() {
      student?.leave();
      student = undefined;
      setAddress(undefined);
    },
  };
  return live;
}

export type Live = ReturnType<typeof createLive>;

let current: Live | undefined;

/** The one live class of this tab (created the first time a class menu or link needs it). */
export function liveFor(sandbox: Sandbox, documents: Documents): Live {
  current ??= createLive(sandbox, documents);
  return current;
}
