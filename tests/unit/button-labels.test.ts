import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../shared/i18n/fr.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };
const FEATURES = path.resolve('renderer/src/features');

/**
 * Pairs of keys that name one action on purpose: a button and the confirmation it opens ("Remove
 * from this meeting" → "Remove").
 */
const SAME_ACTION = new Set([
  'participants.remove.action|participants.remove.confirm',
  'imports.result.undo|imports.result.undoConfirm',
  'common.delete|meetings.delete.confirm',
  'common.delete|agenda.forms.rooms.deleteConfirm',
]);

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  // A plural key resolves to its "other" form.
  if (node === undefined && !key.endsWith('_other')) return lookup(tree, `${key}_other`);
  return typeof node === 'string' ? node : undefined;
}

const keysIn = (code: string) => [...code.matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!);

/**
 * The i18n keys a screen's source uses as labels of actions: the text and accessible name of
 * buttons, action icons and menu items, a confirmation's two buttons, and an undo's button.
 */
function actionKeys(code: string): Set<string> {
  const keys = new Set<string>();
  for (const tag of ['Button', 'ActionIcon', 'Menu.Item', 'CloseButton', 'UnstyledButton']) {
    const open = new RegExp(`<${tag.replace('.', '\\.')}(?=[\\s>])`, 'g');
    for (const m of code.matchAll(open)) {
      const end = code.indexOf(`</${tag}>`, m.index);
      const selfClosing = code.indexOf('/>', m.index);
      const stop =
        end === -1 || (selfClosing !== -1 && selfClosing < code.indexOf('>', m.index) + 1)
          ? selfClosing
          : end;
      for (const key of keysIn(code.slice(m.index, stop))) keys.add(key);
    }
  }
  for (const m of code.matchAll(/(?:confirmLabel|cancelLabel)=\{t\('([\w.]+)'/g)) keys.add(m[1]!);
  for (const m of code.matchAll(/showUndoable\([\s\S]*?,\s*t\('([\w.]+)'\)/g)) keys.add(m[1]!);
  // A confirmation without its own cancel label says Cancel.
  if (/<ConfirmDialog(?![^>]*cancelLabel)/.test(code)) keys.add('common.cancel');
  return keys;
}

/** Every .tsx file of a screen's feature folder, read as text. */
function screens(): Map<string, string> {
  const out = new Map<string, string>();
  for (const feature of fs.readdirSync(FEATURES)) {
    const dir = path.join(FEATURES, feature);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tsx'));
    out.set(feature, files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n'));
  }
  return out;
}

/**
 * Two keys whose labels are the same, or one of which is the start of the other ("Annuler" next to
 * "Annuler l’importation"): a user cannot tell their actions apart.
 */
export function clashes(keys: Iterable<string>, language: Tree): string[] {
  const labelled = [...keys]
    .map((key) => ({ key, label: lookup(language, key)?.toLocaleLowerCase().trim() }))
    .filter((k): k is { key: string; label: string } => !!k.label && !k.label.includes('{{'));
  const out: string[] = [];
  for (const a of labelled)
    for (const b of labelled) {
      if (
        a.key >= b.key ||
        SAME_ACTION.has(`${a.key}|${b.key}`) ||
        SAME_ACTION.has(`${b.key}|${a.key}`)
      )
        continue;
      const [short, long] = a.label.length <= b.label.length ? [a, b] : [b, a];
      if (short.label === long.label || long.label.startsWith(`${short.label} `))
        out.push(`${short.key} "${short.label}" / ${long.key} "${long.label}"`);
    }
  return out;
}

describe('button labels', () => {
  it('finds the actions of a screen and tells a clash from distinct labels', () => {
    const code = `
      <Button onClick={a}>{t('common.cancel')}</Button>
      <ConfirmDialog confirmLabel={t('imports.result.undoConfirm')} />
      <ActionIcon aria-label={t('countries.resetOf', { name })} />`;
    expect([...actionKeys(code)].sort()).toEqual([
      'common.cancel',
      'countries.resetOf',
      'imports.result.undoConfirm',
    ]);
    const french = { a: { cancel: 'Annuler', stop: 'Annuler l’importation', undo: 'Défaire' } };
    expect(clashes(['a.cancel', 'a.stop', 'a.undo'], french)).toEqual([
      'a.cancel "annuler" / a.stop "annuler l’importation"',
    ]);
    expect(clashes(['a.cancel', 'a.undo'], french)).toEqual([]);
  });

  for (const [name, language] of [
    ['English', en],
    ['French', fr],
  ] as const)
    it(`never gives two different actions of one screen the same label, in ${name}`, () => {
      const found = [...screens()].flatMap(([screen, code]) =>
        clashes(actionKeys(code), language as Tree).map((c) => `${screen}: ${c}`),
      );
      expect(found).toEqual([]);
    });
});
