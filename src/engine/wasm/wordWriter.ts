// A growable buffer of i32 words with the string and float encodings of docs/wasm-layout.md.

/** Appends packed words; `finish` returns them as an Int32Array. */
export class WordWriter {
  private words = new Int32Array(256);
  private length = 0;
  private static readonly f64 = new Float64Array(1);
  private static readonly f64Words = new Int32Array(WordWriter.f64.buffer);

  /** Appends one word. */
  push(word: number): void {
    if (this.length === this.words.length) {
      const next = new Int32Array(this.words.length * 2);
      next.set(this.words);
      this.words = next;
    }
    this.words[this.length++] = word;
  }

  /** Appends a string: its length in UTF-16 units, then one word per unit; null as length -1. */
  string(s: string | null): void {
    if (s === null) {
      this.push(-1);
      return;
    }
    this.push(s.length);
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }

  /** Appends a float as two words (low, high) of its IEEE 754 bits. */
  float(x: number): void {
    WordWriter.f64[0] = x;
    this.push(WordWriter.f64Words[0]);
    this.push(WordWriter.f64Words[1]);
  }

  /** The words written so far. */
  finish(): Int32Array {
    return this.words.subarray(0, this.length);
  }
}
