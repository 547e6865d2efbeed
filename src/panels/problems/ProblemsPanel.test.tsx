import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithSandbox, template } from '../../../tests/helpers/renderWithSandbox';
import { ProblemsPanel } from './ProblemsPanel';

describe('Problems panel', () => {
  it('says when there is nothing wrong', () => {
    renderWithSandbox(<ProblemsPanel />, template('containers'));
    expect(screen.getByRole('region', { name: 'Problems' })).toHaveTextContent('No problems');
  });

  it('lists every diagnostic, errors first and notes last, with severity, message and fix', async () => {
    renderWithSandbox(<ProblemsPanel />, template('broken-stack'));
    const region = screen.getByRole('region', { name: 'Problems' });
    expect(within(region).getByRole('heading')).toHaveTextContent('Problems (4)');
    // The list loads on demand, once there is something to list.
    const items = await within(region).findAllByRole('listitem');
    expect(items.map((i) => i.textContent?.slice(0, 6))).toEqual([
      '✖ Erro',
      '✖ Erro',
      '✖ Erro',
      '✖ Erro',
      'ℹ Note',
    ]);
    expect(items[0]).toHaveTextContent(
      /VirtualBox is a hosted \(type 2\) hypervisor.*Fix: Put a host OS/,
    );
    expect(within(items[0]!).getByRole('link', { name: 'Why? (source)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:/),
    );
  });

  it('selects and reveals the blocks of a problem when it is activated', async () => {
    const { sandbox } = renderWithSandbox(<ProblemsPanel />, template('broken-stack'));
    const reveals: unknown[] = [];
    sandbox.events.on('reveal', (e) => reveals.push(e.ids));
    await userEvent.click(
      await screen.findByRole('button', { name: /^Error: VirtualBox is a hosted/ }),
    );
    expect(sandbox.store.getState().selection).toEqual(['virtualbox', 'laptop']);
    expect(reveals).toEqual([['virtualbox', 'laptop']]);
  });
});
