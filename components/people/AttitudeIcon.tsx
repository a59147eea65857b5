import type { ReactNode } from 'react';
import type { Attitude } from '@/lib/model';

/**
 * A shape for each attitude, so attitude reads without colour too. Drawn rather than typed: the
 * full-width signs it used to be are missing from many system fonts. 12 × 12 units, in the
 * current text colour.
 */
const SHAPES: Record<Attitude, ReactNode> = {
  supporter: <path d="M6 1.5v9M1.5 6h9" />,
  neutral: <path d="M1.5 4h9M1.5 8h9" />,
  skeptic: (
    <>
      <path d="M3.6 3.8a2.4 2.4 0 1 1 3.4 2.2c-.6.3-1 .8-1 1.5v.4" />
      <circle cx="6" cy="10.4" r="0.6" />
    </>
  ),
  opponent: <path d="M1.5 6h9" />,
  unknown: <circle cx="6" cy="6" r="0.9" />,
};

/**
 * The attitude's shape: in a line of text (its name is always written beside it, or it is part
 * of a node whose accessible name says it), or inside an SVG with its top left corner at (x, y).
 */
export function AttitudeIcon({ attitude, x, y }: { attitude: Attitude; x?: number; y?: number }) {
  return (
    <svg
      className="attitude-icon"
      x={x}
      y={y}
      width="12"
      height="12"
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[attitude]}
    </svg>
  );
}
