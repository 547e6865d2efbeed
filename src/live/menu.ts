import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import type { MenuItem } from '@/ui/MenuPopup';
import { liveFor } from './live';
import { formatCode } from './protocol';
import { classServerReachable } from './socket';

/** The Class menu: start or join a live class, or say plainly that no class server is here. */
export async function classMenuItems(sandbox: Sandbox, documents: Documents): Promise<MenuItem[]> {
  const live = liveFor(sandbox, documents);
  if (!(await classServerReachable()))
    return [
      {
        key: 'no-server',
        label: 'No class server is reachable',
        hint: 'Live classes need the class server: run “npm run dev”, or “npm start” on a school server (see the README). Everything else works without it.',
        onChoose: () => live.show({ type: 'no-server' }),
      },
    ];
  const { student, teacher } = live.store.getState();
  const items: MenuItem[] = [];
  if (teacher)
    items.push({
      key: 'dashboard',
      label: `Class dashboard (${formatCode(teacher.code)})`,
      hint: 'Every student’s design and checklist, live',
      onChoose: () => live.show({ type: 'dashboard' }),
    });
  items.push({
    key: 'start',
    label: 'Start a live class…',
    hint: 'For teachers: pick an exercise; students join with a code',
    onChoose: () => live.show({ type: 'start' }),
  });
  if (student)
    items.push({
      key: 'leave',
      label: `Leave the class ${formatCode(student.code)}`,
      hint: 'Your design stays in My designs',
      onChoose: () => live.leaveClass(),
    });
  else
    items.push({
      key: 'join',
      label: 'Join a live class…',
      hint: 'With the code your teacher shows',
      onChoose: () => live.show({ type: 'join' }),
    });
  return items;
}
