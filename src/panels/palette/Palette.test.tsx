import { asBlockId } from '@/engine';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithSandbox, template } from '../../../tests/helpers/renderWithSandbox';
import { Palette } from './Palette';

describe('Palette', () => {
  it('lists every kind with its variants and key figures', () => {
    renderWithSandbox(<Palette />);
    const os = screen.getByRole('list', { name: 'Operating system' });
    expect(
      within(os).getByRole('button', { name: /^Ubuntu Server, 1 GiB · boots 8.8 s$/ }),
    ).toBeInTheDocument();
    for (const kind of ['Hardware', 'Hypervisor', 'Container engine', 'Bins/Libs', 'App']) {
      expect(screen.getByRole('list', { name: kind })).toBeInTheDocument();
    }
  });

  it('filters by name', async () => {
    renderWithSandbox(<Palette />);
    const box = screen.getByRole('searchbox', { name: 'Search blocks' });
    await userEvent.type(box, 'alpine');
    const names = () => screen.queryAllByRole('button').map((b) => b.textContent);
    expect(names()).toEqual([
      expect.stringMatching(/^Alpine Linux/),
      expect.stringMatching(/^alpine:3/),
    ]);
    await userEvent.clear(box);
    await userEvent.type(box, 'type 1');
    expect(names()).toEqual([]);
    await userEvent.clear(box);
    await userEvent.type(box, 'hypervisor xen');
    expect(names()).toEqual([expect.stringMatching(/^Xen/)]);
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText(/No block matches/)).toBeInTheDocument();
  });

  it('adds a variant on its own with Enter, and onto the selected block when there is one', async () => {
    const { sandbox } = renderWithSandbox(<Palette />);
    screen.getByRole('button', { name: /^x86 server/ }).focus();
    await userEvent.keyboard('{Enter}');
    const hw = sandbox.store.getState().design.blocks[0]!;
    expect(hw).toMatchObject({ kind: 'hardware', variant: 'x86-server' });
    expect(sandbox.store.getState().selection).toEqual([hw.id]);
    expect(screen.getByText(/adds onto/)).toHaveTextContent('Enter or click adds onto x86 server.');
    screen.getByRole('button', { name: /^Ubuntu Server/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(sandbox.store.getState().design.blocks[1]).toMatchObject({
      variant: 'ubuntu',
      on: hw.id,
    });
  });

  it('reports a pointer drag to the drag store, and a release as a drop', () => {
    const { sandbox } = renderWithSandbox(<Palette />, template('containers'));
    sandbox.store.getState().select([asBlockId('host')]);
    const tile = screen.getByRole('button', { name: /^Podman,/ });
    fireEvent.pointerDown(tile, { button: 0, clientX: 10, clientY: 10, pointerId: 1 });
    fireEvent.pointerMove(tile, { clientX: 200, clientY: 120, pointerId: 1 });
    expect(sandbox.drag.getState().palette).toMatchObject({
      kind: 'engine',
      variant: 'podman',
      x: 200,
      y: 120,
    });
    const drops: unknown[] = [];
    sandbox.events.on('palette-drop', (e) => drops.push(e.drop));
    fireEvent.pointerUp(tile, { clientX: 300, clientY: 140, pointerId: 1 });
    expect(sandbox.drag.getState().palette).toBeUndefined();
    expect(drops).toEqual([expect.objectContaining({ variant: 'podman', x: 300, y: 140 })]);
    fireEvent.click(tile); // the click that ends a drag adds nothing by itself
    expect(sandbox.store.getState().design.blocks).toHaveLength(
      template('containers').blocks.length,
    );
  });
});
