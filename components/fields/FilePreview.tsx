import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface FilePreviewProps {
  class: string;
  /** Names the group for screen readers. */
  label: string;
  children: ComponentChildren;
}

/** What a chosen file holds and what to do with it, shown before anything changes. */
export function FilePreview({ class: className, label, children }: FilePreviewProps): JSX.Element {
  const group = useRef<HTMLDivElement>(null);
  // Focus comes here once the file is read, so the preview is read out and the choices are near.
  useLayoutEffect(() => group.current?.focus(), []);
  return (
    <div class={className} role="group" aria-label={label} tabIndex={-1} ref={group}>
      {children}
    </div>
  );
}
