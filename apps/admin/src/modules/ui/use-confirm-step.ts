'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The two-step of a destructive action: `ask` shows the confirmation, `cancel` hides it and
 * gives the focus back to the button that asked (`startRef`), so keyboard users stay in place.
 */
export function useConfirmStep<T = true>() {
  const [pending, setPending] = useState<T | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const open = pending !== null;

  useEffect(() => {
    if (!open && wasOpen.current) startRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return {
    /** What waits for confirmation (e.g. the id of a row), or null. */
    pending,
    confirming: open,
    ask: (what: T) => setPending(what),
    cancel: () => setPending(null),
    startRef,
  };
}
