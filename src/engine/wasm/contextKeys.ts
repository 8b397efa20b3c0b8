// Interns context-key names to dense ids shared by packed policies and encoded requests. Keys compare
// case-insensitively (requestContext.ts), so ids belong to lower-cased names; the raw spelling is
// cached too, so encoding a request's context does not lower-case (allocate) per request.

/** The context-key intern table of one engine instance. */
export class ContextKeys {
  private byLower = new Map<string, number>();
  private byRaw = new Map<string, number>();

  /** Number of ids handed out. */
  get size(): number {
    return this.byLower.size;
  }

  /** Id of a key written in any case. */
  id(raw: string): number {
    let id = this.byRaw.get(raw);
    if (id !== undefined) return id;
    const lower = raw.toLowerCase();
    id = this.byLower.get(lower);
    if (id === undefined) {
      id = this.byLower.size;
      this.byLower.set(lower, id);
    }
    this.byRaw.set(raw, id);
    return id;
  }
}
