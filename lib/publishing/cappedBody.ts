export type BodyResult = { ok: true; body: string } | { ok: false; status: 411 | 413; reason: string };

/**
 * Reads a request body of at most `max` bytes. Without a Content-Length nothing is read (411); a
 * declared length past the cap is refused unread (413); and the stream itself is cut off at the cap,
 * so a body longer than declared costs no more than `max` bytes of memory.
 */
export async function readCappedBody(request: Request, max: number): Promise<BodyResult> {
  const declared = request.headers.get('content-length');
  if (declared === null || !/^\d+$/.test(declared))
    return { ok: false, status: 411, reason: 'a Content-Length header is required' };
  const tooLarge = { ok: false, status: 413, reason: `body over ${max} bytes` } as const;
  if (Number(declared) > max) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > max) {
      await reader!.cancel();
      return tooLarge;
    }
    chunks.push(part.value);
  }
  return { ok: true, body: Buffer.concat(chunks).toString('utf8') };
}
