/**
 * The review page's keyboard: one table the help panel, the client script and the test that
 * no key is bound twice all read.
 */
export interface KeyBinding {
  key: string;
  /** What the client script does (the handler it looks up). */
  command: 'next-field' | 'previous-field' | 'accept' | 'edit' | 'not-stated' | 'delete-row' | 'add-row' | 'undo' | 'next-record' | 'help';
  does: string;
}

export const KEY_BINDINGS: readonly KeyBinding[] = [
  { key: 'j', command: 'next-field', does: 'next field' },
  { key: 'k', command: 'previous-field', does: 'previous field' },
  { key: 'Enter', command: 'accept', does: 'accept the field as it is (in the edit box: save the edit)' },
  { key: 'e', command: 'edit', does: 'edit the field' },
  { key: 'x', command: 'not-stated', does: 'mark the field not stated' },
  { key: 'd', command: 'delete-row', does: 'delete the field’s row (a wrong impact, person or action)' },
  { key: 'a', command: 'add-row', does: 'add a missing impact, person or action' },
  { key: 'u', command: 'undo', does: 'undo the field’s last decision' },
  { key: 'n', command: 'next-record', does: 'next record in the queue' },
  { key: '?', command: 'help', does: 'show or hide these keys' },
];
