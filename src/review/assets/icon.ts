/** The review pages' icon, served as /assets/icon.svg (and /favicon.ico, which browsers ask for unbidden): a ticked box. */
export const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="#fff" stroke="#1d4f91" stroke-width="1.5"/><path d="M4 8.5l2.5 2.5L12 5" fill="none" stroke="#1d4f91" stroke-width="2"/></svg>`;
