/** The badge block's styles (its template is in badge.ts), in a module of their own: a part that renders badges and one that adopts the sheet are often not the same, and rollup never splits a module. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/** Status badges: icon + text, tinted with the tone's colour (text stays AA on the surface). */
export const badgeStyles = css`
  @layer bw.blocks {
    .bw-badge {
      display: inline-flex;
      align-items: center;
      gap: var(--_bw-space-1);
      padding: 0 var(--_bw-space-2);
      border: var(--_bw-border-width) solid currentColor;
      border-radius: var(--_bw-radius-pill);
      font-size: var(--_bw-font-size-sm);
      font-weight: var(--_bw-font-weight-strong);
      line-height: 1.75;
      color: var(--_bw-on-surface-muted);
      background: var(--_bw-surface);
    }
    .bw-badge[data-tone='success'] {
      color: var(--_bw-success);
    }
    .bw-badge[data-tone='warning'] {
      color: var(--_bw-warning);
    }
    .bw-badge[data-tone='danger'] {
      color: var(--_bw-danger);
    }
    .bw-badge svg {
      width: 1em;
      height: 1em;
      flex: none;
    }
  }
`;
