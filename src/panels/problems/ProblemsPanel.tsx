import type { Report } from '@/engine';
import { useReport } from '@/store/SandboxContext';
import { lazy, Suspense } from 'react';
import './problems.css';

const selectDiagnostics = (r: Report) => r.diagnostics;

// The list and its fixes load once there is a problem to list: most first screens have none.
const ProblemList = lazy(() => import('./ProblemList').then((m) => ({ default: m.ProblemList })));

/** Every diagnostic, errors first, each with its fix; activating one shows its blocks. */
export function ProblemsPanel() {
  const diagnostics = useReport(selectDiagnostics);
  const problems = diagnostics.filter((d) => d.severity !== 'info').length;
  return (
    <section className="panel problems" aria-label="Problems" id="problems">
      <h2 id="problems-heading" className="panel-title">
        Problems <span className="count">({problems})</span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="muted">No problems: every stack here can really run.</p>
      ) : (
        <Suspense fallback={null}>
          <ProblemList diagnostics={diagnostics} />
        </Suspense>
      )}
    </section>
  );
}
