import {
  cutText,
  DESIGN_LIMITS,
  FIGURE_SPECS,
  findVariant,
  KIND_LABELS,
  ROLE_LABELS,
  type AnyFigureSpec,
  type Block,
  type BlockKind,
} from '@/engine';
import { notesOf } from '@/engine/catalog/notes';
import { useReport, useSandboxApi } from '@/store/SandboxContext';
import { KindIcon } from '@/ui/KindIcon';
import { useCallback, useId, useState } from 'react';
import { FigureField } from './FigureField';
import { SourceLinks } from '@/ui/SourceLinks';

function LabelField({ block }: { block: Block }) {
  const { store } = useSandboxApi();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const id = useId();
  const commit = () => {
    if (draft !== undefined && draft !== (block.label ?? ''))
      store.getState().setLabel(block.id, draft.trim());
    setDraft(undefined);
  };
  return (
    <div className="field">
      <label htmlFor={id}>Label</label>
      <input
        id={id}
        type="text"
        dir="auto"
        value={draft ?? block.label ?? ''}
        placeholder={`e.g. ${LABEL_EXAMPLES[block.kind]}`}
        // Cut as the loader cuts (by code points, between graphemes): never half an emoji.
        onChange={(e) => setDraft(cutText(e.target.value, DESIGN_LIMITS.maxLabel))}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </div>
  );
}

/** What a student might call a block of each kind (the label field's example). */
const LABEL_EXAMPLES: Readonly<Record<BlockKind, string>> = {
  hardware: 'Lab server',
  os: 'Host OS',
  hypervisor: 'Hypervisor',
  engine: 'Container engine',
  library: 'Bins/Libs',
  app: 'App Y',
};

/** Everything about one block: what it is, where its numbers come from, its actions and figures. */
/** This block's own problems, where the student is looking: what is wrong, and the fix. */
function BlockProblems({ block }: { block: Block }) {
  const diagnostics = useReport(useCallback((r) => r.diagnostics, []));
  const mine = diagnostics.filter((d) => d.blockIds.includes(block.id) && d.severity !== 'info');
  if (mine.length === 0) return null;
  return (
    <div className="block-problems" role="group" aria-label="Problems with this block">
      {mine.map((d) => (
        <p key={`${d.rule}:${d.blockIds.join(',')}`} className={`is-${d.severity}`}>
          <strong>
            <span aria-hidden="true">{d.severity === 'error' ? '✖ ' : '⚠ '}</span>
            {d.severity === 'error' ? 'Error' : 'Warning'}:
          </strong>{' '}
          {d.message} <em>Fix:</em> {d.fix}
        </p>
      ))}
    </div>
  );
}

export function BlockDetails({ block }: { block: Block }) {
  const { store } = useSandboxApi();
  const facts = useReport(useCallback((r) => r.blocks.get(block.id), [block.id]));
  const variant = findVariant(block.kind, block.variant);
  const notes = notesOf(block.kind, block.variant);
  if (!variant) return null;
  const specs: readonly AnyFigureSpec[] = FIGURE_SPECS[block.kind];
  const figures = { ...variant.figures, ...block.props } as Record<string, unknown>;
  const catalog = variant.figures as Record<string, unknown>;
  const estimates = new Set<string>(notes?.estimates ?? []);
  const state = () => store.getState();
  return (
    <>
      <p className={`inspector-kind kind-${block.kind}`}>
        <KindIcon kind={block.kind} /> {KIND_LABELS[block.kind]} · {variant.label}
      </p>
      <p className="inspector-role">
        Role: <strong>{facts ? ROLE_LABELS[facts.role] : 'not installed'}</strong>{' '}
        <button
          type="button"
          className="link-button"
          onClick={() =>
            state().openDialog({ type: 'glossary', role: facts?.role ?? 'not-installed' })
          }
        >
          What is this?
        </button>
      </p>
      <BlockProblems block={block} />
      <LabelField key={block.id} block={block} />
      <p className="inspector-description">{notes?.description}</p>
      <p className="inspector-sources">
        Source{(notes?.sources ?? []).length > 1 ? 's' : ''}:{' '}
        <SourceLinks urls={notes?.sources ?? []} />
      </p>
      <div className="inspector-actions">
        {block.on !== undefined && (
          <button type="button" onClick={() => state().detach(block.id)}>
            Detach
          </button>
        )}
        <button
          type="button"
          onClick={() => state().openDialog({ type: 'move-onto', id: block.id })}
        >
          Move onto…
        </button>
        <button type="button" onClick={() => state().duplicate([block.id], false)}>
          Duplicate
        </button>
        <button type="button" onClick={() => state().duplicate([block.id], true)}>
          Duplicate with stack
        </button>
        <button type="button" className="danger" onClick={() => state().requestDelete([block.id])}>
          Delete…
        </button>
      </div>
      <fieldset className="figures">
        <legend>Figures</legend>
        {specs.map((spec) => (
          <FigureField
            key={`${block.id}/${spec.key}`}
            spec={spec}
            value={figures[spec.key]}
            catalogValue={catalog[spec.key]}
            estimate={estimates.has(spec.key)}
            onChange={(value) => state().setFigure(block.id, spec.key, value)}
            onReset={() => state().setFigure(block.id, spec.key, undefined)}
          />
        ))}
      </fieldset>
    </>
  );
}
