import {
  formatCount,
  FAMILY_NAMES,
  type AnyFigureSpec,
  type Block,
  type FigureInput,
  type Variant,
} from '@/engine';
import { useId, useState } from 'react';

type Props = {
  spec: AnyFigureSpec;
  value: unknown;
  catalogValue: unknown;
  estimate: boolean;
  onChange: (value: FigureInput) => void;
  onReset: () => void;
};

/** Choices written as a student reads them elsewhere (kernel names as their makers write them). */
const ENUM_WORDS: Readonly<Record<string, string>> = {
  ...FAMILY_NAMES,
  any: 'any (multi-arch)',
};

/** Reads a number as typed by a student: digits with an optional decimal point, nothing else. */
export function readNumber(
  text: string,
  max: number,
): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  if (!/^\d+(\.\d+)?$/.test(trimmed)) {
    return trimmed.startsWith('-')
      ? { ok: false, message: 'This cannot be negative.' }
      : { ok: false, message: 'Enter a number, like 2048 (digits only).' };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value > max)
    return { ok: false, message: `That is too large (at most ${formatCount(max)}).` };
  return { ok: true, value };
}

function NumberField({
  spec,
  value,
  onChange,
  inputId,
  describedBy,
}: {
  spec: Extract<Props['spec'], { type: 'number' }>;
  value: number;
  onChange: (v: number) => void;
  inputId: string;
  describedBy: string;
}) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const errorId = useId();
  const read = draft === undefined ? undefined : readNumber(draft, spec.max);
  const commit = () => {
    if (read?.ok && read.value !== value) onChange(read.value);
    if (read?.ok) setDraft(undefined);
  };
  return (
    <>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        className="figure-input"
        value={draft ?? String(value)}
        aria-invalid={read !== undefined && !read.ok}
        aria-describedby={`${describedBy}${read && !read.ok ? ` ${errorId}` : ''}`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(undefined);
        }}
      />
      {read && !read.ok && (
        <span id={errorId} className="field-error" role="alert">
          {read.message}
        </span>
      )}
    </>
  );
}

/** One editable figure, with its unit, its estimate mark, and a reset to the catalog value. */
export function FigureField({ spec, value, catalogValue, estimate, onChange, onReset }: Props) {
  const id = useId();
  const noteId = useId();
  const overridden = value !== catalogValue;
  const unit = spec.type === 'number' ? ` (${spec.unit})` : '';
  return (
    <div className={`figure${overridden ? ' is-overridden' : ''}`}>
      <label htmlFor={id} className="figure-label">
        {spec.label}
        {unit}
      </label>
      <span id={noteId} className="figure-note">
        {estimate && !overridden && <span className="estimate-tag">estimate</span>}
        {overridden && (
          <span className="changed-tag">changed (catalog: {String(catalogValue)})</span>
        )}
      </span>
      <span className="figure-control">
        {spec.type === 'number' && (
          <NumberField
            spec={spec}
            value={Number(value)}
            onChange={onChange}
            inputId={id}
            describedBy={noteId}
          />
        )}
        {spec.type === 'enum' && (
          <select
            id={id}
            value={String(value)}
            aria-describedby={noteId}
            onChange={(e) => onChange(e.target.value)}
          >
            {spec.values.map((v) => (
              <option key={v} value={v}>
                {ENUM_WORDS[v] ?? v}
              </option>
            ))}
          </select>
        )}
        {spec.type === 'bool' && (
          <input
            id={id}
            type="checkbox"
            checked={Boolean(value)}
            aria-describedby={noteId}
            onChange={(e) => onChange(e.target.checked)}
          />
        )}
        {overridden && (
          <button
            type="button"
            className="link-button"
            onClick={onReset}
            aria-label={`Reset ${spec.label} to the catalog value`}
          >
            Reset
          </button>
        )}
      </span>
    </div>
  );
}

export type FigureOwner = { block: Block; variant: Variant };
