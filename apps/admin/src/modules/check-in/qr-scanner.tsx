'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { canScanWithCamera, createQrDetector } from './barcode-detector.util';

type ScannerState = 'checking' | 'unsupported' | 'off' | 'starting' | 'on' | 'denied' | 'failed';

/** Frames read per second: enough for a code held up to the tablet, light on the battery. */
const SCANS_PER_SECOND = 4;
/** The same code seen again within this time is the same person still holding it up. */
const REPEAT_PAUSE_MS = 4000;

interface QrScannerProps {
  /** Called with the raw text of a QR code; not again for the same code for a few seconds. */
  onCode: (raw: string) => void;
  /** While true (a look-up is running), frames are not read. */
  paused: boolean;
}

/**
 * Camera QR scanner (BarcodeDetector, else jsQR). Starts on request (the camera is a
 * personal-data sensor), uses the rear camera, and always stops when the page is left.
 */
export function QrScanner({ onCode, paused }: QrScannerProps) {
  const t = useTranslations('checkIn.scanner');
  const [state, setState] = useState<ScannerState>('checking');
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const timerRef = useRef<number | null>(null);
  const lastRef = useRef<{ code: string; at: number } | null>(null);
  const busyRef = useRef(false);
  const mountedRef = useRef(false);
  const pausedRef = useRef(paused);
  const onCodeRef = useRef(onCode);

  useEffect(() => {
    pausedRef.current = paused;
    onCodeRef.current = onCode;
  }, [paused, onCode]);

  const stop = useCallback(() => {
    if (timerRef.current !== null) window.clearInterval(timerRef.current);
    timerRef.current = null;
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
  }, []);

  useEffect(() => {
    mountedRef.current = true;
    setState(canScanWithCamera() ? 'off' : 'unsupported');
    return () => {
      mountedRef.current = false;
      stop();
    };
  }, [stop]);

  async function start() {
    setState('starting');
    const detector = await createQrDetector();
    if (!detector) {
      setState('unsupported');
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      setState(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'failed');
      return;
    }
    if (!mountedRef.current) {
      // The page was left while the browser asked for permission.
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    streamRef.current = stream;
    setState('on');
    const video = videoRef.current;
    if (!video) {
      stop();
      return;
    }
    video.srcObject = stream;
    await video.play().catch(() => undefined);
    timerRef.current = window.setInterval(async () => {
      if (busyRef.current || pausedRef.current || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
      busyRef.current = true;
      try {
        const code = await detector.detect(video);
        const now = Date.now();
        if (code && !(lastRef.current?.code === code && now - lastRef.current.at < REPEAT_PAUSE_MS)) {
          lastRef.current = { code, at: now };
          onCodeRef.current(code);
        } else if (code) {
          lastRef.current = { code, at: now };
        }
      } catch {
        // A frame that cannot be read (e.g. while the camera settles): try the next one.
      } finally {
        busyRef.current = false;
      }
    }, 1000 / SCANS_PER_SECOND);
  }

  function turnOff() {
    stop();
    setState('off');
  }

  const on = state === 'on';
  return (
    <section className="panel scanner" aria-labelledby="scanner-heading">
      <h2 id="scanner-heading">{t('title')}</h2>
      {/* The picture only helps to aim; the result is announced by the page. */}
      <div className="scanner__frame" hidden={!on}>
        <video ref={videoRef} className="scanner__video" muted playsInline aria-hidden="true" />
      </div>
      {state === 'checking' ? null : state === 'unsupported' ? (
        <p className="notice">{t('unsupported')}</p>
      ) : (
        <>
          {state === 'denied' ? <p className="alert">{t('denied')}</p> : null}
          {state === 'failed' ? <p className="alert">{t('failed')}</p> : null}
          <p className="field__hint">{on ? t('aim') : t('explain')}</p>
          <button
            type="button"
            className="button button--ghost button--large"
            onClick={on ? turnOff : () => void start()}
            disabled={state === 'starting'}
          >
            {on ? t('stop') : state === 'starting' ? t('starting') : t('start')}
          </button>
        </>
      )}
    </section>
  );
}
