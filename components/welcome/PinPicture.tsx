import type { JSX } from 'preact';

interface PinPictureProps {
  /** What the picture shows, for screen readers. */
  label: string;
  /** Firefox: a gear beside Still Us opens "Pin to Toolbar"; Chrome: a pin is right there. */
  firefox: boolean;
}

/**
 * A toolbar drawn in lines: the puzzle-piece (Extensions) button, its menu, and Still Us's row
 * with the pin (Chrome) or the gear and then the pin (Firefox). In the text colour and the
 * accent, so it follows light and dark.
 */
export function PinPicture({ label, firefox }: PinPictureProps): JSX.Element {
  return (
    <svg
      class="pin-picture"
      role="img"
      aria-label={label}
      // Firefox's picture has one more step: the menu the gear opens.
      viewBox={`0 0 240 ${firefox ? 112 : 78}`}
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <rect x="2" y="2" width="236" height="28" rx="8" />
      <rect x="12" y="9" width="150" height="14" rx="7" opacity=".4" />
      {/* The Extensions button, ringed: the place to click first. */}
      <circle cx="208" cy="16" r="11" stroke="var(--accent)" />
      <path d="M202 14h3a2 2 0 0 1 4 0h3v3a2 2 0 0 1 0 4v3h-10z" />
      <rect x="92" y="38" width="140" height="36" rx="8" />
      <path
        d="M108 62l-6-6a3.5 3.5 0 0 1 6-4 3.5 3.5 0 0 1 6 4z"
        fill="var(--accent)"
        stroke="none"
      />
      <path d="M122 56h46" opacity=".6" />
      {firefox ? (
        <>
          {/* A gear: a ring of teeth (a dashed thick line) round a hub. */}
          <circle
            cx="214"
            cy="56"
            r="6"
            stroke-width="3"
            stroke-dasharray="2.36 2.36"
            stroke-linecap="butt"
          />
          <circle cx="214" cy="56" r="3.5" />
          <rect x="150" y="80" width="82" height="28" rx="6" />
          <path d="M158 88h10l-2 5 3 3h-12l3-3zM163 96v5M178 94h44" stroke="var(--accent)" />
        </>
      ) : (
        <path d="M209 50h10l-2 5 3 3h-12l3-3zM214 58v5" stroke="var(--accent)" />
      )}
    </svg>
  );
}
