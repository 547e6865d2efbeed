import { safeStorage } from '@/persist/safeStorage';

// Who this browser is in live classes, kept in this browser only: a student's id and key (so
// the same browser continues the same design), and a teacher's key (never sent in a URL path).

export type StudentSeat = {
  code: string;
  id: string;
  key: string;
  name: string;
  /** The design in My designs that is this student's work in the class. */
  documentId: string | undefined;
};
export type TeacherSeat = { code: string; key: string; title: string };

const KEY = 'stack-sandbox.live';
const storage = safeStorage(() => window.localStorage);

type Stored = { students: StudentSeat[]; teachers: TeacherSeat[] };

function read(): Stored {
  try {
    const raw = JSON.parse(storage.get(KEY) ?? '{}') as Partial<Stored>;
    return {
      students: Array.isArray(raw.students) ? raw.students : [],
      teachers: Array.isArray(raw.teachers) ? raw.teachers : [],
    };
  } catch {
    return { students: [], teachers: [] };
  }
}

const write = (s: Stored) => storage.set(KEY, JSON.stringify(s));

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

export const seats = {
  student: (code: string) => read().students.find((s) => s.code === code),
  /** The seat for `code`: the one this browser had, or a new one. */
  studentOrNew(code: string, name: string): StudentSeat {
    return (
      seats.student(code) ?? {
        code,
        id: hex(random(8)),
        key: hex(random(24)),
        name,
        documentId: undefined,
      }
    );
  },
  saveStudent(seat: StudentSeat) {
    const s = read();
    // The ten most recent classes are enough to come back to.
    write({
      ...s,
      students: [seat, ...s.students.filter((x) => x.code !== seat.code)].slice(0, 10),
    });
  },
  lastName: () => read().students[0]?.name ?? '',
  teacher: (code: string) => read().teachers.find((t) => t.code === code),
  teachers: () => read().teachers,
  saveTeacher(seat: TeacherSeat) {
    const s = read();
    write({
      ...s,
      teachers: [seat, ...s.teachers.filter((x) => x.code !== seat.code)].slice(0, 10),
    });
  },
  forgetTeacher(code: string) {
    const s = read();
    write({ ...s, teachers: s.teachers.filter((x) => x.code !== code) });
  },
};
