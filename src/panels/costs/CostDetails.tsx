import type { AccountReport, Design, Report } from '@/engine';
import { blockNameById } from '@/store/blockNames';
import { useReport, useSandbox } from '@/store/SandboxContext';
import { FirstFew } from '../FirstFew';
import { AppCosts } from './AppCosts';
import { Gauge } from './Gauge';
import { SavingsCard } from './SavingsCard';
import { WholeDesign } from './WholeDesign';

const selectHardware = (r: Report) => r.hardware;
const selectVms = (r: Report) => r.vms;
const selectDesign = (s: { design: Design }) => s.design;
const FIRST = 8;

function Accounts({
  accounts,
  design,
  kind,
}: {
  accounts: readonly AccountReport[];
  design: Design;
  kind: 'machine' | 'VM';
}) {
  return (
    <FirstFew
      items={accounts}
      first={FIRST}
      showAll={(n) => `Show all ${n} ${kind === 'VM' ? 'VMs' : 'machines'}`}
      showFewer={kind === 'VM' ? 'Show fewer VMs' : 'Show fewer machines'}
    >
      {(shown) => (
        <ul className="accounts">
          {shown.map((a) => {
            const name = blockNameById(design, a.blockId);
            return (
              <li key={a.blockId} className="account">
                <h4>
                  {a.kind === 'hidden-vm' ? 'Hidden Linux VM of ' : kind === 'VM' ? 'VM: ' : ''}
                  {name}
                </h4>
                <Gauge label={`Memory of ${name}`} gauge={a.memory} />
                <Gauge label={`Disk of ${name}`} gauge={a.disk} />
              </li>
            );
          })}
        </ul>
      )}
    </FirstFew>
  );
}

/** The whole design, shared-library savings, each machine and VM, then each app. */
export function CostDetails() {
  const hardware = useReport(selectHardware);
  const vms = useReport(selectVms);
  const design = useSandbox(selectDesign);
  return (
    <>
      <WholeDesign />
      <SavingsCard />
      <h3>Machines</h3>
      {hardware.length === 0 ? (
        <p className="muted">No machine yet.</p>
      ) : (
        <Accounts accounts={hardware} design={design} kind="machine" />
      )}
      {vms.length > 0 && (
        <>
          <h3>Virtual machines</h3>
          <p className="muted small">
            A VM's capacity is what it was given; the machine pays all of it, used or not.
          </p>
          <Accounts accounts={vms} design={design} kind="VM" />
        </>
      )}
      <h3>Apps</h3>
      <AppCosts />
    </>
  );
}
