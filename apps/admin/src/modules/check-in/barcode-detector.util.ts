/**
 * QR codes from camera frames: the browser's Barcode Detection API where it reads QR codes
 * (Chromium on Android, macOS, ChromeOS), else the jsQR decoder on a canvas (desktop Linux and
 * Windows, Firefox, Safari). Not in TypeScript's DOM library yet, so the little we use is declared here.
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

/** Frames are scaled down to this width before decoding: fast enough on a tablet, sharp enough for a QR code. */
const DECODE_WIDTH = 640;

/** Whether this browser can use a camera at all (decided on the client only). */
export function canScanWithCamera(): boolean {
  return typeof window !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

async function nativeDetector(): Promise<QrDetector | null> {
  if (!('BarcodeDetector' in window)) return null;
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

async function canvasDetector(): Promise<QrDetector | null> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  return {
    detect: async (video) => {
      if (!video.videoWidth || !video.videoHeight) return null;
      const scale = Math.min(1, DECODE_WIDTH / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
    },
  };
}

/** A QR-code reader for video frames, or null when this browser cannot use a camera. */
export async function createQrDetector(): Promise<QrDetector | null> {
  if (!canScanWithCamera()) return null;
  return (await nativeDetector()) ?? (await canvasDetector());
}
