// What the File and Templates menus offer, loaded when a menu first opens.
import { TEMPLATES } from '@/engine/templates';
import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import type { MenuItem } from '@/ui/MenuPopup';
import { newEmptyDesign, pickAndOpenFile, saveAsFile } from './fileActions';

export function fileMenuItems(documents: Documents, sandbox: Sandbox): MenuItem[] {
  const s = () => sandbox.store.getState();
  return [
    {
      key: 'new',
      label: 'New empty design',
      hint: 'The current one stays in My designs',
      onChoose: () => newEmptyDesign(documents),
    },
    {
      key: 'designs',
      label: 'My designs…',
      hint: 'Open, rename, copy or delete',
      onChoose: () => s().openDialog({ type: 'my-designs' }),
    },
    {
      key: 'open',
      label: 'Open a file…',
      hint: 'A .json design file',
      onChoose: () => void pickAndOpenFile(documents),
    },
    {
      key: 'save',
      label: 'Save as a file',
      hint: 'Download this design (.json)',
      onChoose: () => saveAsFile(documents, s().announce),
    },
    {
      key: 'share',
      label: 'Share a link…',
      hint: 'The design travels inside the link',
      onChoose: () => s().openDialog({ type: 'share' }),
    },
    {
      key: 'png',
      label: 'Export picture (PNG)',
      hint: 'With the costs as a legend',
      onChoose: () => s().requestExport('png'),
    },
    {
      key: 'svg',
      label: 'Export picture (SVG)',
      hint: 'With the costs as a legend',
      onChoose: () => s().requestExport('svg'),
    },
  ];
}

/** The seed's two figures and more. Each opens as a design of its own; the one before is kept. */
export function templateMenuItems(documents: Documents): MenuItem[] {
  return TEMPLATES.map((t) => ({
    key: t.id,
    label: t.title,
    hint: t.summary,
    onChoose: () =>
      documents.openNew(
        t.design,
        `Opened the template “${t.title}”. Your previous design is in My designs`,
      ),
  }));
}
