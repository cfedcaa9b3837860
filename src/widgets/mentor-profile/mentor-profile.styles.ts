import { css } from 'lit';

/** The mentor profile's own styles, in the component layer the theme declares. */
export const mentorProfileStyles = css`
  @layer bw.component {
    .mentor-profile,
    .profile-form,
    .section,
    .training,
    .drawer,
    .log-form,
    .feedback,
    .conflict {
      display: grid;
      gap: var(--_bw-space-3);
      min-inline-size: 0;
    }
    h2,
    h3 {
      margin: 0;
    }
    h2 {
      font-size: var(--_bw-font-size-xl);
    }
    h3 {
      font-size: var(--_bw-font-size-lg);
    }
    p {
      margin: 0;
    }
    .muted {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    .plain {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .section,
    .checks {
      margin: 0;
      padding: var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
    }
    legend {
      padding-inline: var(--_bw-space-1);
      font-weight: 600;
    }
    .checks__list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
      gap: var(--_bw-space-1) var(--_bw-space-3);
    }
    .checks label,
    .check {
      display: flex;
      align-items: center;
      gap: var(--_bw-space-2);
      min-block-size: 24px;
    }
    .checks .bw-field__error,
    .checks .bw-field__hint {
      display: block;
      margin-block-start: var(--_bw-space-1);
    }
    .steps {
      display: grid;
      gap: var(--_bw-space-3);
    }
    .step {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
      align-items: end;
      gap: var(--_bw-space-2);
      padding: var(--_bw-space-2);
      border-inline-start: 4px solid var(--_bw-border);
    }
    .step__label {
      grid-column: span 2;
    }
    .standing {
      display: grid;
      gap: var(--_bw-space-2);
      padding: var(--_bw-space-3);
      border-radius: var(--_bw-radius);
      background: var(--_bw-surface-muted);
    }
    .needs {
      font-weight: 600;
    }
    .note,
    .entry__note {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .notice {
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border-inline-start: 4px solid var(--_bw-primary);
      background: var(--_bw-surface-muted);
    }
    .notice[data-tone='danger'] {
      border-inline-start-color: var(--_bw-danger);
    }
    .modules,
    .entries {
      display: grid;
      gap: var(--_bw-space-3);
    }
    .module,
    .entry {
      display: grid;
      gap: var(--_bw-space-1);
      justify-items: start;
      padding: var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
    }
    .module a {
      color: var(--_bw-primary);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-2);
    }
    .drawer__toggle {
      all: unset;
      cursor: pointer;
      color: var(--_bw-primary);
      text-decoration: underline;
    }
    .drawer__toggle::before {
      content: '▸ ';
    }
    .drawer__toggle[aria-expanded='true']::before {
      content: '▾ ';
    }
    .drawer__toggle:focus-visible {
      outline: var(--_bw-focus-width) solid var(--_bw-focus);
      outline-offset: 2px;
    }
    .versions {
      border-collapse: collapse;
      inline-size: 100%;
    }
    .versions th,
    .versions td {
      padding: var(--_bw-space-1) var(--_bw-space-2);
      border: var(--_bw-border-width) solid var(--_bw-border);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
  }
`;
