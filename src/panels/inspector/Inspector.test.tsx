import { asBlockId } from '@/engine';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithSandbox, template } from '../../../tests/helpers/renderWithSandbox';
import { Inspector } from './Inspector';

/** Selects App Y and waits for the block editor (it loads on first selection). */
async function setup() {
  const r = renderWithSandbox(<Inspector />, template('containers'));
  act(() => r.sandbox.store.getState().select([asBlockId('app-y')]));
  await screen.findByLabelText('Label');
  return r;
}
const appY = (r: Awaited<ReturnType<typeof setup>>) =>
  r.sandbox.store.getState().design.blocks.find((b) => b.id === 'app-y')!;

describe('Inspector', () => {
  it('asks for a selection when there is none', () => {
    renderWithSandbox(<Inspector />);
    expect(screen.getByRole('region', { name: 'Inspector' })).toHaveTextContent('Select a block');
  });

  it('shows the block’s description, derived role, source and every figure', async () => {
    await setup();
    const region = screen.getByRole('region', { name: 'Inspector' });
    expect(region).toHaveTextContent('Role: app in a container');
    expect(region).toHaveTextContent(/A small web application/);
    expect(screen.getByRole('link', { name: 'docs.docker.com' })).toHaveAttribute(
      'href',
      expect.stringContaining('docs.docker.com'),
    );
    expect(screen.getByLabelText('Memory (MiB)')).toHaveValue('50');
    expect(screen.getByLabelText('Built for (any = multi-arch)')).toHaveValue('any');
    expect(screen.getAllByText('estimate').length).toBeGreaterThan(0);
  });

  it('refuses negative memory and text in number fields, changing nothing', async () => {
    const r = await setup();
    const memory = screen.getByLabelText('Memory (MiB)');
    await userEvent.clear(memory);
    await userEvent.type(memory, '-5');
    expect(screen.getByRole('alert')).toHaveTextContent('This cannot be negative.');
    expect(memory).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(memory);
    await userEvent.type(memory, 'lots{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number');
    await userEvent.tab();
    expect(appY(r).props).toBeUndefined();
  });

  it('commits a valid figure, marks it changed, and resets it to the catalog value', async () => {
    const r = await setup();
    const memory = screen.getByLabelText('Memory (MiB)');
    await userEvent.clear(memory);
    await userEvent.type(memory, '120{Enter}');
    expect(appY(r).props).toEqual({ memoryMiB: 120 });
    expect(screen.getByText('changed (catalog: 50)')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Reset Memory to the catalog value' }),
    );
    expect(appY(r).props).toBeUndefined();
  });

  it('renames a block and offers its actions', async () => {
    const r = await setup();
    const label = screen.getByLabelText('Label');
    await userEvent.clear(label);
    await userEvent.type(label, 'Shop{Enter}');
    expect(appY(r).label).toBe('Shop');
    await userEvent.click(screen.getByRole('button', { name: 'Move onto…' }));
    expect(r.sandbox.store.getState().dialog).toEqual({ type: 'move-onto', id: 'app-y' });
  });
});

describe('Inspector on a block with problems', () => {
  it('shows that block’s own problems with their fixes', async () => {
    const r = renderWithSandbox(<Inspector />, template('broken-stack'));
    act(() => r.sandbox.store.getState().select([asBlockId('shop')]));
    const group = await screen.findByRole('group', { name: 'Problems with this block' });
    expect(group).toHaveTextContent(
      // The student's label is isolated (U+2068 … U+2069) inside the sentence.
      /Error: “\u2068Shop\u2069” \(Web app\) is built for arm64.*exec format error.*Fix:/,
    );
  });
  it('counts a label as the loader does: 200 emoji fit, none is cut in half', async () => {
    const r = await setup();
    const label = screen.getByLabelText('Label');
    // 200 smileys are 400 UTF-16 units; a field cut by units kept 100, then half of one.
    await userEvent.clear(label);
    await userEvent.click(label);
    await userEvent.paste(`${'🙂'.repeat(200)}🙂x`);
    expect(label).toHaveValue('🙂'.repeat(200));
    await userEvent.keyboard('{Enter}');
    expect(appY(r).label).toBe('🙂'.repeat(200));
  });

  it('keeps a pasted tab from breaking the saved design: it becomes a space', async () => {
    const r = await setup();
    const label = screen.getByLabelText('Label');
    await userEvent.clear(label);
    await userEvent.click(label);
    await userEvent.paste('Rack\t7');
    await userEvent.keyboard('{Enter}');
    expect(appY(r).label).toBe('Rack 7');
  });
});
