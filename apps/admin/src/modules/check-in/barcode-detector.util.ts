/**
 * The Barcode Detection API (Chromium, Safari 17+ on some platforms): not in TypeScript's DOM
 * library yet, so the little we use is declared here.
 */
interface DetectedBarcode {
  rawValue: string;
  format: string;
}
interface BarcodeDetectorInstance {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorConstructor {
  new (options?: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats?: () => Promise<string[]>;
}

export type QrDetector = { detect: (video: HTMLVideoElement) => Promise<string | null> };

/** Whether this browser can scan with the camera at all (decided on the client only). */
export function canScanWithCamera(): boolean {
  return typeof window !== 'undefined' && 'BarcodeDetector' in window && !!navigator.mediaDevices?.getUserMedia;
}

/** A QR-code reader for video frames, or null when the browser cannot read QR codes. */
export async function createQrDetector(): Promise<QrDetector | null> {
  if (!canScanWithCamera()) return null;
  const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector;
  const formats = (await Detector.getSupportedFormats?.().catch(() => [])) ?? ['qr_code'];
  if (!formats.includes('qr_code')) return null;
  const detector = new Detector({ formats: ['qr_code'] });
  return {
    detect: async (video) => {
      const codes = await detector.detect(video);
      return codes[0]?.rawValue ?? null;
    },
  };
}
