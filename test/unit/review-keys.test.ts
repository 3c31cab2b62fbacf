/** The review page's keys: none bound twice, each with a handler in the client script, all in the help panel. */
import { describe, expect, it } from 'vitest';
import { CLIENT_COMMANDS, CLIENT_SCRIPT } from '../../src/review/assets/clientScript.js';
import { KEY_BINDINGS } from '../../src/review/keys.js';
import { shell } from '../../src/review/pages/shell.js';
import { html } from '../../src/review/html.js';

describe('review keys', () => {
  it('binds no key twice and no command twice', () => {
    const keys = KEY_BINDINGS.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    const commands = KEY_BINDINGS.map((k) => k.command);
    expect(new Set(commands).size).toBe(commands.length);
    expect(keys.sort()).toEqual(['?', 'Enter', 'a', 'd', 'e', 'j', 'k', 'n', 'u', 'x']);
  });

  it('has a handler in the client script for every command, and no handler without a key', () => {
    expect([...CLIENT_COMMANDS].sort()).toEqual(KEY_BINDINGS.map((k) => k.command).sort());
    expect(CLIENT_SCRIPT).toContain(JSON.stringify(KEY_BINDINGS));
  });

  it('lists every key in the help panel', () => {
    const page = shell('t', 'csrf', html``).value;
    for (const k of KEY_BINDINGS) expect(page).toContain(`<kbd>${k.key}</kbd>`);
  });
});
