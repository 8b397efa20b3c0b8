// Per-request memo of element results. Policies compiled by one engine share identical Resource
// values and condition entries (the Interner hands out one object, with a numeric id, per distinct
// text), so within one request each distinct element is evaluated once, however many statements
// repeat it. Results live in typed arrays stamped with a request number, so starting a request
// costs nothing and nothing is allocated per lookup.

/** Hands out one shared object, with a dense id, per distinct key. */
export class Interner {
  private readonly byKey = new Map<string, unknown>();
  private nextId = 0;

  /** The object for `key`, made (with the next id) on first use. */
  intern<T>(key: string, make: (id: number) => T): T {
    let value = this.byKey.get(key) as T | undefined;
    if (value === undefined) {
      value = make(this.nextId++);
      this.byKey.set(key, value);
    }
    return value;
  }

  /** How many ids have been handed out. */
  get size(): number {
    return this.nextId;
  }
}

/** Boolean results by id for the current request. */
export class RequestMemo {
  private stamps = new Uint32Array(256);
  private results = new Uint8Array(256);
  private stamp = 1;

  /** Starts a new request whose ids are below `size`; earlier results are forgotten. */
  begin(size: number): void {
    if (size > this.stamps.length) {
      const length = Math.max(size, this.stamps.length * 2);
      this.stamps = new Uint32Array(length);
      this.results = new Uint8Array(length);
    }
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** The remembered result for `id`, or undefined. */
  get(id: number): boolean | undefined {
    return this.stamps[id] === this.stamp ? this.results[id] === 1 : undefined;
  }

  /** Remembers a result and returns it. */
  set(id: number, result: boolean): boolean {
    this.stamps[id] = this.stamp;
    this.results[id] = result ? 1 : 0;
    return result;
  }
}
