import { EXERCISE_LIMITS } from '@/engine/exercise/exercise';
import { APP_ROLE_WORDS, APP_ROLES } from '@/engine/exercise/goals';
import { RULE_TITLES } from '@/engine/rules/ruleTitles';
import {
  blockName,
  BLOCK_KINDS,
  CATALOG,
  FIGURE_LIMITS,
  RULE_IDS,
  ROLE_LABELS,
  type Design,
  type Goal,
  type Role,
} from '@/engine';
import { useState, type ReactNode } from 'react';

type Props<G extends Goal> = { goal: G; design: Design; onChange: (goal: G) => void };

// The largest values come from the table the exercise reader checks (EXERCISE_LIMITS, FIGURE_LIMITS):
// what the editor accepts, the reader reads back.
const COUNT = EXERCISE_LIMITS.maxCount;

/**
 * A number a goal asks for: a count is whole; nothing out of the reader's range is taken. What is
 * typed stays in the field while it is being typed (so it can be cleared and typed afresh); the
 * goal changes only with a value the reader accepts, and leaving the field shows that value.
 */
function NumberField({
  label,
  value,
  onChange,
  max,
  whole = true,
}: {
  label: string;
  value: number;
  onChange: (n: number) => void;
  max: number;
  whole?: boolean;
}) {
  const [typed, setTyped] = useState<string | undefined>(undefined);
  return (
    <label className="goal-field">
      {label}
      <input
        type="number"
        min={0}
        max={max}
        step={whole ? 1 : 'any'}
        value={typed ?? value}
        onChange={(e) => {
          const text = e.target.value;
          const n = Number(text);
          setTyped(text);
          if (
            text.trim() !== '' &&
            Number.isFinite(n) &&
            n >= 0 &&
            n <= max &&
            (!whole || Number.isInteger(n))
          )
            onChange(n);
        }}
        onBlur={() => setTyped(undefined)}
      />
    </label>
  );
}

function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly (readonly [T, ReactNode])[];
  onChange: (v: T) => void;
}) {
  return (
    <label className="goal-field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The apps of the design by name, for goals about one app (names are how goals find apps). */
function appNames(design: Design): readonly (readonly [string, string])[] {
  const names = [...new Set(design.blocks.filter((b) => b.kind === 'app').map(blockName))];
  return names.map((n) => [n, n] as const);
}

/** The values of one goal, edited in place (the goal's own sentence stays beside them). */
export function GoalEditor({ goal, design, onChange }: Props<Goal>): ReactNode {
  const set = (patch: Partial<Goal>) => onChange({ ...goal, ...patch } as Goal);
  const apps = appNames(design);
  switch (goal.type) {
    case 'no-errors':
    case 'no-warnings':
    case 'not-empty':
    case 'apps-on-libraries':
      return null;
    case 'no-problem':
      return (
        <Choice
          label="Problem"
          value={goal.rule}
          options={RULE_IDS.map((id) => [id, RULE_TITLES[id]] as const)}
          onChange={(rule) => set({ rule })}
        />
      );
    case 'apps':
      return (
        <>
          <NumberField
            label="At least"
            value={goal.min}
            max={COUNT}
            onChange={(min) => set({ min })}
          />
          <Choice
            label="Called"
            value={goal.app ?? ''}
            options={[['', 'any name'] as const, ...apps]}
            onChange={(app) =>
              onChange(app === '' ? { type: 'apps', min: goal.min } : { ...goal, app })
            }
          />
        </>
      );
    case 'apps-as':
      return (
        <Choice
          label="Every app runs"
          value={goal.role}
          options={APP_ROLES.map((r) => [r, APP_ROLE_WORDS[r]] as const)}
          onChange={(role) => set({ role })}
        />
      );
    case 'role-count':
      return (
        <>
          <Choice
            label="Role"
            value={goal.role}
            options={(Object.keys(ROLE_LABELS) as Role[])
              .filter((r) => r !== 'misplaced' && r !== 'not-installed')
              .map((r) => [r, ROLE_LABELS[r]] as const)}
            onChange={(role) => set({ role })}
          />
          <NumberField
            label="At least"
            value={goal.min}
            max={COUNT}
            onChange={(min) => set({ min })}
          />
          <label className="goal-field">
            <input
              type="checkbox"
              checked={goal.max !== undefined}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? { ...goal, max: Math.max(goal.min, 1) }
                    : { type: 'role-count', role: goal.role, min: goal.min },
                )
              }
            />
            at most
          </label>
          {goal.max !== undefined && (
            <NumberField
              label="At most"
              value={goal.max}
              max={COUNT}
              onChange={(max) => set({ max: Math.max(max, goal.min) })}
            />
          )}
        </>
      );
    case 'uses-variant':
      return (
        <>
          <Choice
            label="Block"
            value={goal.variant}
            options={BLOCK_KINDS.flatMap((k) => CATALOG[k].map((v) => [v.id, v.label] as const))}
            onChange={(variant) => set({ variant })}
          />
          <NumberField
            label="At least"
            value={goal.min}
            max={COUNT}
            onChange={(min) => set({ min })}
          />
        </>
      );
    case 'memory-under':
      return (
        <NumberField
          label="Under (MiB)"
          value={goal.mib}
          max={FIGURE_LIMITS.MiB}
          whole={false}
          onChange={(mib) => set({ mib })}
        />
      );
    case 'sharing-at-least':
      return (
        <NumberField
          label="At least (%)"
          value={goal.pct}
          max={100}
          whole={false}
          onChange={(pct) => set({ pct })}
        />
      );
    case 'shared-layer':
      return (
        <NumberField
          label="Apps sharing"
          value={goal.apps}
          max={COUNT}
          onChange={(apps) => set({ apps: Math.max(2, apps) })}
        />
      );
    case 'copy-start-under':
    case 'copies-fit':
      return (
        <>
          {apps.length > 0 && (
            <Choice label="App" value={goal.app} options={apps} onChange={(app) => set({ app })} />
          )}
          {goal.type === 'copy-start-under' ? (
            <NumberField
              label="Under (ms)"
              value={goal.ms}
              max={EXERCISE_LIMITS.maxMs}
              whole={false}
              onChange={(ms) => set({ ms })}
            />
          ) : (
            <NumberField
              label="At least"
              value={goal.min}
              max={COUNT}
              onChange={(min) => set({ min })}
            />
          )}
        </>
      );
    case 'separate-kernels':
      return apps.length < 2 ? (
        <span className="muted small">Needs two apps with different names.</span>
      ) : (
        <>
          <Choice
            label="App"
            value={goal.apps[0]}
            options={apps}
            onChange={(a) => set({ apps: [a, goal.apps[1]] })}
          />
          <Choice
            label="and"
            value={goal.apps[1]}
            options={apps}
            onChange={(b) => set({ apps: [goal.apps[0], b] })}
          />
        </>
      );
  }
}
