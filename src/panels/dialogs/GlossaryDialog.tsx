import './dialogs-extra.css';
import { GLOSSARY, TERM_FOR_ROLE, TERM_FOR_RULE, type TermId } from '@/engine/glossary';
import type { Role, RuleId } from '@/engine';
import { useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { SourceLinks } from '@/ui/SourceLinks';
import { useEffect, useRef } from 'react';

/** The lesson's words, opened at the one a block's role or a rule is about. */
export function GlossaryDialog({ role, rule }: { role?: Role; rule?: RuleId }) {
  const { store } = useSandboxApi();
  const wanted: TermId | undefined = role
    ? TERM_FOR_ROLE[role]
    : rule
      ? TERM_FOR_RULE[rule]
      : undefined;
  const list = useRef<HTMLDListElement>(null);
  useEffect(() => {
    list.current?.querySelector('.is-wanted')?.scrollIntoView({ block: 'center' });
  }, [wanted]);
  return (
    <Dialog title="Glossary" onClose={store.getState().closeDialog} className="dialog-wide">
      <dl ref={list} className="glossary">
        {GLOSSARY.map((t) => (
          <div key={t.id} className={t.id === wanted ? 'glossary-term is-wanted' : 'glossary-term'}>
            <dt id={`term-${t.id}`}>{t.term}</dt>
            <dd>
              {t.text}{' '}
              <span className="small">
                Read more: <SourceLinks urls={t.sources} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <div className="dialog-actions">
        <button type="button" onClick={store.getState().closeDialog}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
