import { asBlockId } from '@/engine';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { layerComb, nestedVms } from '../../../tests/fixtures/worstCases';
import { buildDesign, type B } from '../../../tests/helpers/buildDesign';
import { renderWithSandbox, template } from '../../../tests/helpers/renderWithSandbox';
import { CostsPanel } from './CostsPanel';

describe('Costs panel', () => {
  it('leads with the whole design, and what the same apps would cost the other way', async () => {
    renderWithSandbox(<CostsPanel />, template('virtual-machines'));
    const whole = await screen.findByRole('region', { name: 'The whole design' });
    // Figure 1.1: 7618 MiB and 81196 MiB (see toVms.test.ts for the arithmetic); a new copy
    // boots a guest: 8800 + 30 + 300 = 9130 ms.
    expect(whole).toHaveTextContent(
      '7.4 GiB of memory, 79.3 GiB of disk — 3 apps on 3 kernels; one more copy starts in 9.1 s.',
    );
    // As containers: 1314 MiB, one kernel, 600 + 0 + 30 + 300 = 930 ms.
    expect(whole).toHaveTextContent(
      'As containers, the same apps would use 1.3 GiB on 1 kernel, one more copy in 930 ms.',
    );
    expect(within(whole).getByRole('button', { name: 'Compare' })).toBeVisible();
  });

  it('for a design of containers, says what the same apps would cost as VMs', async () => {
    renderWithSandbox(<CostsPanel />, template('containers'));
    const whole = await screen.findByRole('region', { name: 'The whole design' });
    // 1319 MiB as containers; 7618 MiB as VMs, one more copy 8800 + 0 + 300 = 9100 ms.
    expect(whole).toHaveTextContent('1.3 GiB of memory');
    expect(whole).toHaveTextContent(
      'As VMs, the same apps would use 7.4 GiB on 3 kernels, one more copy in 9.1 s.',
    );
  });

  it('does not weigh the other way when it would be far bigger than the design', async () => {
    // 148 apps on a 148-deep chain of layers (300 blocks): as VMs, each app would get its own copy of the
    // layers under it, about 11,000 blocks, so that line is left out rather than computed.
    renderWithSandbox(<CostsPanel />, layerComb(300));
    const whole = await screen.findByRole('region', { name: 'The whole design' });
    expect(whole).toHaveTextContent('148 apps on 1 kernel');
    expect(whole).not.toHaveTextContent('As VMs');
  });

  it('says there is nothing to cost on an empty canvas', () => {
    renderWithSandbox(<CostsPanel />);
    expect(screen.getByRole('region', { name: 'Costs' })).toHaveTextContent('Nothing to cost yet');
  });

  it('draws each savings bar as long as what was saved: empty when nothing is', async () => {
    const { sandbox } = renderWithSandbox(<CostsPanel />, template('containers'));
    // 15 MiB saved of 45 MiB without sharing: a third of the bar.
    const memory = await screen.findByRole('meter', { name: 'Memory saved by sharing' });
    expect(Number(memory.getAttribute('aria-valuenow'))).toBeCloseTo(33.33, 1);
    expect(parseFloat((memory.firstChild as HTMLElement).style.width)).toBeCloseTo(33.33, 1);
    act(() => void sandbox.store.getState().remove([asBlockId('app-z')], 'stack'));
    expect(memory).toHaveAttribute('aria-valuenow', '0');
    expect((memory.firstChild as HTMLElement).style.width).toBe('0%');
  });

  it.each([
    [7, 'and 2 more apps:'],
    [6, 'and 1 more app:'],
  ])(
    'names the first five of %i apps sharing a layer, then says how many more',
    async (n, more) => {
      const apps = ['A', 'B', 'C', 'D', 'E', 'F', 'G']
        .slice(0, n)
        .map((id): B => [`app-${id}`, 'app', 'web-app', 'libs', { label: `App ${id}` }]);
      const design = buildDesign([
        ['hw', 'hardware', 'x86-server'],
        ['host', 'os', 'ubuntu', 'hw'],
        ['docker', 'engine', 'docker', 'host'],
        ['libs', 'library', 'debian-slim', 'docker'],
        ...apps,
      ]);
      renderWithSandbox(<CostsPanel />, design);
      const layers = await screen.findByRole('list', { name: 'Shared layers' });
      expect(layers).toHaveTextContent(`is shared by App A, App B, App C, App D, App E ${more}`);
    },
  );

  it('lists the first eight shared layers, and all of them when asked', async () => {
    // A base layer and ten Python layers in a chain, an app on each Python layer: every layer
    // but the top one is under two apps or more, so ten layers are shared.
    renderWithSandbox(<CostsPanel />, layerComb(24));
    const layers = await screen.findByRole('list', { name: 'Shared layers' });
    expect(within(layers).getAllByRole('listitem')).toHaveLength(8);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 10 shared layers' }));
    expect(within(layers).getAllByRole('listitem')).toHaveLength(10);
    await userEvent.click(screen.getByRole('button', { name: 'Show fewer layers' }));
    expect(within(layers).getAllByRole('listitem')).toHaveLength(8);
  });

  it('shows the first eight VMs, and names what the button shows all of', async () => {
    // 40 blocks: a machine and its OS, then twelve times a hypervisor, a guest and an app.
    renderWithSandbox(<CostsPanel />, nestedVms(40));
    await userEvent.click(await screen.findByRole('button', { name: 'Show all 12 VMs' }));
    expect(screen.getAllByRole('heading', { name: /^VM: / })).toHaveLength(12);
    expect(screen.getByRole('button', { name: 'Show fewer VMs' })).toBeVisible();
  });

  it('says in which VM a layer is shared when the same one is shared in several', async () => {
    renderWithSandbox(<CostsPanel />, template('containers-in-vms'));
    const layers = await screen.findByRole('list', { name: 'Shared layers' });
    expect(layers).toHaveTextContent('in VM 1 is shared by API, Worker');
    expect(layers).toHaveTextContent('in VM 2 is shared by API, Worker');
  });

  it('shows shared-library savings: without sharing, actual, saved, and who shares what', async () => {
    renderWithSandbox(<CostsPanel />, template('containers'));
    // The details load on demand, once there is something to cost.
    const savings = await screen.findByRole('region', { name: 'Shared-library savings' });
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

  it('updates the savings the moment a block moves to another host', async () => {
    const { sandbox } = renderWithSandbox(<CostsPanel />, template('containers'));
    await screen.findByRole('list', { name: 'Shared layers' });
    act(() => void sandbox.store.getState().rehost(asBlockId('app-z'), asBlockId('libs-x')));
    expect(screen.getByRole('list', { name: 'Shared layers' })).toHaveTextContent(
      'Bins/Libs is shared by App X, App Z',
    );
    act(() => void sandbox.store.getState().remove([asBlockId('app-z')], 'stack'));
    expect(screen.getByRole('region', { name: 'Shared-library savings' })).toHaveTextContent(
      'No layer is shared yet',
    );
  });

  it('shows a memory and a disk gauge per machine and per VM, in words too', async () => {
    renderWithSandbox(<CostsPanel />, template('virtual-machines'));
    const meter = await screen.findByRole('meter', { name: 'Memory of Hardware' });
    expect(meter).toHaveAttribute(
      'aria-valuetext',
      '7.4 GiB of 64 GiB used (11.6 %), 56.6 GiB free',
    );
    expect(screen.getByRole('meter', { name: 'Memory of Guest OS A' })).toHaveAttribute(
      'aria-valuetext',
      '1.1 GiB of 2 GiB used (52.9 %), 964 MiB free',
    );
  });

  it('says by how much a machine is over capacity', async () => {
    const { sandbox } = renderWithSandbox(<CostsPanel />, template('virtual-machines'));
    await screen.findByRole('meter', { name: 'Memory of Hardware' });
    act(() => void sandbox.store.getState().setFigure(asBlockId('hw'), 'memoryMiB', 4096));
    expect(screen.getByRole('meter', { name: 'Memory of Hardware' })).toHaveAttribute(
      'aria-valuetext',
      '7.4 GiB of 4 GiB: over by 3.4 GiB',
    );
  });

  it('says what each start time adds up to, block by block', async () => {
    renderWithSandbox(<CostsPanel />, template('containers'));
    const card = (await screen.findByRole('heading', { name: 'App Y' })).closest('li')!;
    // Host OS boots 8800 + Docker starts 2000 + the container 600 + debian-slim 0 + app 300
    // = 11700 ms: most of a container's cold start is its host booting.
    expect(card).toHaveTextContent('Cold start11.7 s');
    expect(
      within(card)
        .getByRole('list', { name: 'What the cold start adds up' })
        .querySelectorAll('li'),
    ).toHaveLength(4);
    expect(
      within(card).getByRole('list', { name: 'What the cold start adds up' }),
    ).toHaveTextContent(
      'Host OS boots 8.8 sContainer engine starts 2 sContainer engine starts the container 600 msApp Y starts 300 ms',
    );
    // One more copy: only the container and the app, 600 + 300 = 900 ms.
    expect(
      within(card).getByRole('list', { name: "What one more copy's start adds up" }),
    ).toHaveTextContent('Container engine starts the container 600 msApp Y starts 300 ms');
    expect(card).toHaveTextContent('counted by memory only');
  });

  it('gives per app its start times, room for copies, performance and I/O path', async () => {
    renderWithSandbox(<CostsPanel />, template('virtual-machines'));
    const card = (await screen.findByRole('heading', { name: 'App A' })).closest('li')!;
    expect(card).toHaveTextContent('Cold start20.9 s');
    expect(card).toHaveTextContent('Start one more VM9.1 s');
    expect(card).toHaveTextContent('More copies fit26');
    expect(within(card).getByRole('list', { name: 'I/O path, 4 layers' })).toHaveTextContent(
      'Guest OS AHypervisorHost OSHardware',
    );
  });
});
