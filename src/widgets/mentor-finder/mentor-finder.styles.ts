import { css } from 'lit';

/** The mentor finder's own styles, in the component layer the theme declares (after bw.base and bw.blocks). */
export const finderStyles = css`
  @layer bw.component {
    p {
      margin: 0;
    }
    .muted {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    .layout {
      display: grid;
      gap: var(--_bw-space-4);
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: var(--_bw-space-3) var(--_bw-space-4);
      align-items: start;
      padding: var(--_bw-space-4);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
    }
    .filters .title,
    .filters .full {
      grid-column: 1 / -1;
    }
    .filter {
      display: grid;
      gap: var(--_bw-space-1);
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .check {
      display: flex;
      gap: var(--_bw-space-2);
      align-items: center;
      min-block-size: 2rem;
    }
    .check input {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      accent-color: var(--_bw-primary);
    }
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    button:focus-visible,
    a:focus-visible,
    .more:focus-visible,
    .result:focus-visible {
      outline: var(--_bw-focus-width, 2px) solid var(--_bw-focus);
      outline-offset: 2px;
    }
    .summary {
      display: grid;
      gap: var(--_bw-space-1);
      margin-block-end: var(--_bw-space-2);
    }
    .count {
      font-weight: 600;
    }
    .list {
      box-sizing: border-box;
    }
    .skip:focus {
      display: inline-block;
      margin-block-end: var(--_bw-space-2);
      color: var(--_bw-primary);
    }
    .stale {
      margin-block-end: var(--_bw-space-3);
    }
    .stale .bw-state {
      padding: var(--_bw-space-3);
    }
    .item {
      padding-block: var(--_bw-space-2);
    }
    .card {
      display: grid;
      gap: var(--_bw-space-2);
      padding: var(--_bw-space-4);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      background: var(--_bw-surface);
    }
    .card__head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_bw-space-2);
      align-items: baseline;
    }
    .link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_bw-primary);
      font: inherit;
      font-weight: 700;
      text-decoration: underline;
      cursor: pointer;
      min-block-size: 1.5rem;
      text-align: start;
    }
    .score {
      font-weight: 700;
      color: var(--_bw-primary);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--_bw-space-1) var(--_bw-space-3);
      margin: 0;
      font-size: var(--_bw-font-size-sm);
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
    .steps {
      margin: var(--_bw-space-1) 0 0;
      padding-inline-start: 1.25rem;
    }
    .why {
      display: grid;
      gap: var(--_bw-space-1);
      margin: 0;
      padding: var(--_bw-space-2) var(--_bw-space-3);
      list-style: none;
      background: var(--_bw-surface-muted);
      border-radius: var(--_bw-radius-sm);
      font-size: var(--_bw-font-size-sm);
    }
    .why li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_bw-space-2);
    }
    .why li[data-points='none'] {
      color: var(--_bw-on-surface-muted);
    }
    .points {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-2);
      align-items: center;
    }
    .more,
    .center {
      padding: var(--_bw-space-3);
      text-align: center;
    }
    .plain {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .requests,
    .desk {
      display: grid;
      gap: var(--_bw-space-3);
    }
    .desk > .bw-button,
    .request .bw-button,
    .requests .bw-button {
      justify-self: start;
    }
    .request-list {
      display: grid;
      gap: var(--_bw-space-3);
    }
    .request {
      display: grid;
      gap: var(--_bw-space-2);
      padding: var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
    }
    .request .message {
      white-space: pre-line;
    }
    .reply {
      display: grid;
      gap: var(--_bw-space-1);
      justify-items: start;
    }
    .reply select,
    .reply textarea {
      inline-size: 100%;
      box-sizing: border-box;
    }
    .contact {
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border-inline-start: 4px solid var(--_bw-success);
      background: var(--_bw-surface-muted);
    }
    .contact a {
      color: var(--_bw-primary);
    }
    .notice {
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border-inline-start: 4px solid var(--_bw-primary);
      background: var(--_bw-surface-muted);
    }
    /* Fits a 320 px screen: the form scrolls inside, and the buttons stay in view at its foot. */
    dialog {
      box-sizing: border-box;
      inline-size: min(36rem, calc(100vw - 1rem));
      max-inline-size: calc(100vw - 1rem);
      max-block-size: calc(100dvh - 1rem);
      padding: 0;
      overflow: hidden;
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      background: var(--_bw-surface);
      color: var(--_bw-on-surface);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    dialog form {
      display: grid;
      gap: var(--_bw-space-3);
      box-sizing: border-box;
      max-block-size: calc(100dvh - 1rem);
      overflow-y: auto;
      padding: var(--_bw-space-4) var(--_bw-space-4) 0;
      overflow-wrap: anywhere;
    }
    dialog form > .actions {
      position: sticky;
      inset-block-end: 0;
      padding-block: var(--_bw-space-3);
      background: var(--_bw-surface);
      border-block-start: var(--_bw-border-width) solid var(--_bw-border);
    }
    dialog textarea {
      resize: vertical;
      inline-size: 100%;
      box-sizing: border-box;
    }
    .discard p {
      flex-basis: 100%;
      margin: 0;
      font-weight: 600;
    }
    .warning {
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border-inline-start: 4px solid var(--_bw-warning);
      background: var(--_bw-surface-muted);
    }
    .warning p {
      margin: 0;
    }
    .why-disabled {
      margin: 0;
    }
    .hopes {
      display: grid;
      gap: var(--_bw-space-1);
      margin: 0;
      padding: 0;
      border: 0;
    }
    .result {
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border-inline-start: 4px solid var(--_bw-success);
      background: var(--_bw-surface-muted);
    }
    .result.bad {
      border-color: var(--_bw-danger);
    }
  }
`;
