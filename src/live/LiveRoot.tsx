import { lazy, Suspense } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import type { Live } from './live';
import { ClassDialogs } from './ClassDialogs';
import { StudentBar, StudentOverlays } from './StudentBar';
import { formatCode } from './protocol';

// The dashboard (the engine's goal checks, pictures, grades) loads when a teacher opens it.
const Dashboard = lazy(() => import('./Dashboard').then((m) => ({ default: m.Dashboard })));

/** Everything the live class shows: the student's bar and notices, the teacher's dashboard. */
export function LiveRoot({ live }: { live: Live }) {
  const panel = useStore(live.store, (s) => s.panel);
  const student = useStore(live.store, (s) => s.student);
  const teacherCode = useStore(live.store, (s) => s.teacher?.code);
  const topbar = document.querySelector('.topbar');
  const dashboardPanel =
    panel.type === 'dashboard' ||
    panel.type === 'student' ||
    panel.type === 'projector' ||
    panel.type === 'join-code';
  return (
    <>
      {student && topbar && createPortal(<StudentBar live={live} view={student} />, topbar)}
      {student && <StudentOverlays live={live} view={student} />}
      {teacherCode &&
        !dashboardPanel &&
        topbar &&
        createPortal(
          <button
            type="button"
            className="live-badge"
            onClick={() => live.show({ type: 'dashboard' })}
          >
            Class {formatCode(teacherCode)}: dashboard
          </button>,
          topbar,
        )}
      {teacherCode && dashboardPanel && (
        <Suspense fallback={<div className="live-dashboard" aria-busy="true" />}>
          <Dashboard live={live} panel={panel} />
        </Suspense>
      )}
      <ClassDialogs live={live} panel={panel} />
    </>
  );
}
