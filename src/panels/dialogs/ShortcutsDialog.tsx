import { useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import './dialogs.css';

export const SHORTCUTS: readonly [keys: string, what: string][] = [
  ['Enter (on a palette block)', 'Add it onto the selected block, or on its own'],
  [
    'Arrow keys (on the canvas)',
    'Up: what runs on it · Down: what it runs on · Left/Right: neighbours',
  ],
  ['M', 'Move the selected block onto another block'],
  ['Delete / Backspace', 'Delete the selected blocks'],
  ['Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y)', 'Undo / redo'],
  ['Ctrl+A', 'Select every block'],
  ['Ctrl+C / Ctrl+V', 'Copy the selected blocks with their stacks / paste onto the selected block'],
  ['Ctrl+D', 'Duplicate the selected blocks with their stacks'],
  ['Escape', 'Clear the selection'],
  ['?', 'Show this list'],
];

export function ShortcutsDialog() {
  const { store } = useSandboxApi();
  const close = store.getState().closeDialog;
  return (
    <Dialog title="Keyboard shortcuts" onClose={close} className="dialog-wide">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
