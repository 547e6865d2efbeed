import { CATALOG, evaluate, parseDesign } from '@/engine';

export function App() {
  const read = parseDesign({ format: 'stack-sandbox', version: 1, name: 'x', blocks: [] });
  const count = Object.values(CATALOG).reduce((n, list) => n + list.length, 0);
  return (
    <main>
      <h1>Stack Sandbox</h1>
      <p>
        {read.ok ? `${count} catalog variants; ${evaluate(read.design).totals.errors} errors` : ''}
      </p>
    </main>
  );
}
