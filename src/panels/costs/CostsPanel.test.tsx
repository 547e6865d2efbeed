import { asBlockId } from '@/engine';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithSandbox, template } from '../../../tests/helpers/renderWithSandbox';
import { CostsPanel } from './CostsPanel';

describe('Costs panel', () => {
  it('puts shared-library savings first: without sharing, actual, saved, and who shares what', () => {
    renderWithSandbox(<CostsPanel />, template('containers'));
    const savings = screen.getByRole('region', { name: 'Shared-library savings' });
    expect(savings).toHaveTextContent(
      'without sharing 45 MiB, actually 30 MiB: saved 15 MiB (33.3 %)',
    );
    expect(savings).toHaveTextContent(
      'without sharing 227 MiB, actually 152 MiB: saved 74.8 MiB (33 %)',
    );
    expect(within(savings).getByRole('list', { name: 'Shared layers' })).toHaveTextContent(
      'Bins/Libs (shared) is shared by App Y, App Z: saves 15 MiB of memory and 74.8 MiB of disk.',
    );
  });

  it('updates the savings the moment a block moves to another host', () => {
    const { sandbox } = renderWithSandbox(<CostsPanel />, template('containers'));
    act(() => void sandbox.store.getState().rehost(asBlockId('app-z'), asBlockId('libs-x')));
    expect(screen.getByRole('list', { name: 'Shared layers' })).toHaveTextContent(
      'Bins/Libs is shared by App X, App Z',
    );
    act(() => void sandbox.store.getState().remove([asBlockId('app-z')], 'stack'));
    expect(screen.getByRole('region', { name: 'Shared-library savings' })).toHaveTextContent(
      'No layer is shared yet',
    );
  });

  it('shows a memory and a disk gauge per machine and per VM, in words too', () => {
    renderWithSandbox(<CostsPanel />, template('virtual-machines'));
    const meter = screen.getByRole('meter', { name: 'Memory of Hardware' });
    expect(meter).toHaveAttribute(
      'aria-valuetext',
      '7.4 GiB of 64 GiB used (11.6 %), 56.6 GiB free',
    );
    expect(screen.getByRole('meter', { name: 'Memory of Guest OS A' })).toHaveAttribute(
      'aria-valuetext',
      '1.1 GiB of 2 GiB used (52.9 %), 964 MiB free',
    );
  });

  it('says by how much a machine is over capacity', () => {
    const { sandbox } = renderWithSandbox(<CostsPanel />, template('virtual-machines'));
    act(() => void sandbox.store.getState().setFigure(asBlockId('hw'), 'memoryMiB', 4096));
    expect(screen.getByRole('meter', { name: 'Memory of Hardware' })).toHaveAttribute(
      'aria-valuetext',
      '7.4 GiB of 4 GiB: over by 3.4 GiB',
    );
  });

  it('gives per app its start times, room for copies, performance and I/O path', () => {
    renderWithSandbox(<CostsPanel />, template('virtual-machines'));
    const card = screen.getByRole('heading', { name: 'App A' }).closest('li')!;
    expect(card).toHaveTextContent('Cold start20.9 s');
    expect(card).toHaveTextContent('Start one more VM9.1 s');
    expect(card).toHaveTextContent('More copies fit26');
    expect(within(card).getByRole('list', { name: 'I/O path, 4 layers' })).toHaveTextContent(
      'Guest OS AHypervisorHost OSHardware',
    );
  });
});
