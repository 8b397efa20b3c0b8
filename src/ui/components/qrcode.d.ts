// The part of the `qrcode` package the page uses: its browser build's `toString`, which draws SVG.
// Declared here instead of taken from @types/qrcode, whose `/// <reference types="node" />` would give
// every file of the page Node's globals (tsconfig.app.json keeps them out, so a wrong global fails).
declare module 'qrcode' {
  /** The options QrCode.tsx passes. */
  export interface QrCodeSvgOptions {
    type: 'svg';
    /** Quiet zone around the code, in modules. */
    margin?: number;
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  }
  /** The QR code of `text` as an SVG document. */
  export function toString(text: string, options: QrCodeSvgOptions): Promise<string>;
}
