import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { popupOnDemand, type PopupOnDemand } from '@/utils/popup/on-demand';

interface WhenNeededProps {
  /** Whether the part is needed in this popup (a cheap read: it decides the chunk's load). */
  needed: () => Promise<boolean>;
  render: (parts: PopupOnDemand) => VNode;
}

/** A part of the popup from its on-demand chunk, loaded and shown only once it is needed. */
export function WhenNeeded({ needed, render }: WhenNeededProps) {
  const [parts, setParts] = useState<PopupOnDemand | null>(null);
  useEffect(() => {
    void needed()
      .then(async (yes) => yes && setParts(await popupOnDemand()))
      .catch(() => undefined);
  }, []);
  return parts ? render(parts) : null;
}
