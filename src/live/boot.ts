import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import { liveFor } from './live';
import { seats } from './liveSessions';
import { normalizeCode } from './protocol';

/**
 * A page opened with a class in its address: `?join=K7P-4QX` (a student's link or QR code) or
 * `?teach=K7P-4QX` (the teacher's own tab after a reload, or a co-teacher link carrying the key
 * after the `#`, which never reaches any server).
 */
export function boot(sandbox: Sandbox, documents: Documents) {
  const live = liveFor(sandbox, documents);
  const params = new URLSearchParams(location.search);
  const teach = normalizeCode(params.get('teach') ?? '');
  if (teach) {
    const key = /^#key=([\w-]{16,})$/.exec(location.hash)?.[1] ?? seats.teacher(teach)?.key;
    if (location.hash.startsWith('#key='))
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (key) return live.teach(teach, key);
  }
  const join = normalizeCode(params.get('join') ?? '');
  if (!join) return live.show({ type: 'join', error: 'This class link is not complete.' });
  // The same browser comes straight back to its seat; anyone else types a name first.
  const seat = seats.student(join);
  if (seat)
    void live
      .join(join, seat.name)
      .then((error) => error && live.show({ type: 'join', code: join, error }));
  else live.show({ type: 'join', code: join });
}
