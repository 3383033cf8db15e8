/**
 * The one reading of a request target that both the gate and Next.js act on. Next.js percent-decodes a path, resolves
 * dot segments and treats backslashes and repeated slashes as one "/"; a gate that judged the raw target would see a
 * different path from the one Next.js serves (`/x/../images/<draft>.jpg`). So a target is either already canonical
 * (exactly how we would write it) and passes on as written, or it never reaches Next.js as written.
 */
export type PathReading =
  /** Written exactly as its canonical form: `path` is the decoded path the gate judges. */
  | { kind: 'canonical'; path: string }
  /** Another spelling of `path` (decoded and normalised): a 308 to it, or the 404. */
  | { kind: 'variant'; path: string }
  /** Not percent-encoded UTF-8, or not a path at all (`*`, `http://…`): 400. */
  | { kind: 'bad-request' }
  /** Decodes to something no URL of ours can be (control characters, a "%" left after decoding): the 404. */
  | { kind: 'unservable' };

const CONTROL = /[\u0000-\u001f\u007f]/;

/** A decoded path as we write it in links: each segment percent-encoded the way Next.js encodes its own asset paths. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Backslashes as slashes, no empty or "." segments, ".." resolved (never above the root), no trailing slash. */
export function normalisePath(decoded: string): string {
  const segments: string[] = [];
  for (const segment of decoded.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

export function readPath(target: string): PathReading {
  if (!target.startsWith('/')) return { kind: 'bad-request' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return { kind: 'bad-request' };
  }
  // A "%" that survives one decoding is a second layer of encoding: nothing of ours is named with one.
  if (CONTROL.test(decoded) || decoded.includes('%')) return { kind: 'unservable' };
  const path = normalisePath(decoded);
  return target === encodePath(path) ? { kind: 'canonical', path } : { kind: 'variant', path };
}
