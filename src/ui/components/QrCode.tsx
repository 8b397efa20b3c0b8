// A QR code drawn in the page (the `qrcode` library loads on first use; nothing leaves the browser).
import { useEffect, useState } from 'react';

/** The QR code of `text` as an image, or a placeholder while the library loads. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [text]);
  return svg ? (
    <img
      className="qr-code"
      width={200}
      height={200}
      alt={label}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
    />
  ) : (
    <div className="qr-code" role="img" aria-label={label} aria-busy="true" />
  );
}
