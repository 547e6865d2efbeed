import type { AppReport, Design, Report } from '@/engine';
import { blockNameById } from '@/store/blockNames';
import { useReport, useSandbox } from '@/store/SandboxContext';
import { formatCount, formatMiB, formatMs, formatPct, TRANSLATOR_NAMES } from '@/engine';
import { memo } from 'react';
import { FirstFew } from '../FirstFew';
import { copyParts, StartParts } from './StartParts';

const selectApps = (r: Report) => r.apps;
const selectDesign = (s: { design: Design }) => s.design;
const FIRST = 12;

const COPY_WORDS: Record<AppReport['copyKind'], string> = {
  container: 'one more container',
  vm: 'one more VM',
  process: 'one more process',
};

const AppCard = memo(function AppCard({ app, design }: { app: AppReport; design: Design }) {
  const name = (id: string) => blockNameById(design, id);
  return (
    <li className="app-card">
      <h4>{name(app.blockId)}</h4>
      {!app.runs ? (
        <p className="muted">
          It does not run: it is not installed, or something below it is misplaced (see Problems).
          It costs nothing.
        </p>
      ) : (
        <dl>
          <dt>Cold start</dt>
          <dd>
            {formatMs(app.coldStartMs)}
            <StartParts parts={app.startParts} name={name} label="What the cold start adds up" />
          </dd>
          <dt>Start {COPY_WORDS[app.copyKind]}</dt>
          <dd>
            {formatMs(app.instanceStartMs)}
            <StartParts
              parts={copyParts(app)}
              name={name}
              label="What one more copy's start adds up"
            />
          </dd>
          <dt>More copies fit</dt>
          <dd>
            {formatCount(app.extraCopies)}{' '}
            <span className="muted">
              ({formatMiB(app.copyCostMiB)} each; counted by memory only — CPU cores are not
              modelled)
            </span>
          </dd>
          <dt>CPU performance</dt>
          <dd>
            {formatPct(app.performancePct)}
            {app.translatedBy !== undefined && (
              <span className="muted"> (through {TRANSLATOR_NAMES[app.translatedBy]})</span>
            )}
          </dd>
          <dt>I/O path</dt>
          <dd>
            <ol className="io-path" aria-label={`I/O path, ${app.ioPath.length} layers`}>
              {app.ioPath.map((id) => (
                <li key={id}>{name(id)}</li>
              ))}
            </ol>
          </dd>
        </dl>
      )}
    </li>
  );
});

/** Per app: how long it takes to start, to start one more, how many more fit, and its I/O path. */
export function AppCosts() {
  const apps = useReport(selectApps);
  const design = useSandbox(selectDesign);
  if (apps.length === 0)
    return <p className="muted">No apps yet: their start times and I/O paths appear here.</p>;
  return (
    <FirstFew
      items={apps}
      first={FIRST}
      showAll={(n) => `Show all ${n} apps`}
      showFewer="Show fewer apps"
    >
      {(shown) => (
        <ul className="app-cards">
          {shown.map((app) => (
            <AppCard key={app.blockId} app={app} design={design} />
          ))}
        </ul>
      )}
    </FirstFew>
  );
}
