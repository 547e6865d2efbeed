import { StackPicture } from '@/panels/dialogs/StackPicture';
import { useState } from 'react';
import { formatCode } from './protocol';
import { QrCode } from './QrCode';
import { DesignFacts } from './StudentDetail';
import type { StudentSummary } from './summarize';

export const joinLink = (code: string) => `${location.origin}/?join=${formatCode(code)}`;
/** A second teacher's link: the key rides after the `#`, which browsers never send to a server. */
export const coTeacherLink = (code: string, key: string) =>
  `${location.origin}/?teach=${formatCode(code)}#key=${key}`;

async function copy(text: string, done: (msg: string) => void) {
  try {
    await navigator.clipboard.writeText(text);
    done('Copied.');
  } catch {
    done('Copy did not work here: select the text and copy it.');
  }
}

/** The join code, link and QR code, large, for the projector. */
export function JoinCodePanel({
  code,
  keyText,
  onDone,
}: {
  code: string;
  keyText: string;
  onDone: () => void;
}) {
  const [msg, setMsg] = useState('');
  const link = joinLink(code);
  return (
    <section className="live-joincode" data-theme="projector" aria-label="How to join">
      <h2>Join the class</h2>
      <div className="live-joincode-body">
        <div>
          <p className="live-joincode-step">
            Open {location.host} ▸ Exercises ▸ Join a live class, and type
          </p>
          <p className="live-code" aria-label={`Class code ${code.split('').join(' ')}`}>
            {formatCode(code)}
          </p>
          <p className="live-joincode-step">or scan the code, or open</p>
          <p className="live-link">{link}</p>
        </div>
        <QrCode text={link} label={`QR code for ${link}`} />
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={() => void copy(link, setMsg)}>
          Copy the join link
        </button>
        <button type="button" onClick={() => void copy(coTeacherLink(code, keyText), setMsg)}>
          Copy a co-teacher link
        </button>
        <button type="button" className="primary" onClick={onDone}>
          To the dashboard
        </button>
      </div>
      <p role="status" className="muted">
        {msg}
      </p>
    </section>
  );
}

/** One student's design on the projector: large, with its checklist; the name only if asked. */
export function ProjectorView({
  s,
  names,
  onNames,
  onStop,
}: {
  s: StudentSummary;
  names: boolean;
  onNames: (on: boolean) => void;
  onStop: () => void;
}) {
  return (
    <section className="live-projector" data-theme="projector" aria-label="On the projector">
      <div className="live-detail-head">
        <h2>{names ? `${s.entry.name}’s design` : 'A design from the class'}</h2>
        <label>
          <input type="checkbox" checked={names} onChange={(e) => onNames(e.target.checked)} /> Show
          the name
        </label>
        <button type="button" onClick={onStop}>
          Stop showing
        </button>
      </div>
      <div className="live-detail-body">
        <div className="live-detail-picture">
          {s.design && <StackPicture design={s.design} label="The design on show" />}
        </div>
        <DesignFacts s={s} />
      </div>
    </section>
  );
}
