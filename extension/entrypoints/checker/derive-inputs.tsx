import { t } from '../../utils/i18n';

/* The review screen's own inputs: a limit, a name, whether something is required. */

/** A number box for a limit; empty means none. */
export function Count({
  value,
  onChange,
  name,
  least = 1,
}: {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  name: string;
  least?: number;
}) {
  return (
    <input
      type="number"
      min={least}
      data-role={name}
      value={value ?? ''}
      onInput={(e) => {
        const n = Number(e.currentTarget.value);
        if (e.currentTarget.value === '') onChange(undefined);
        else if (Number.isInteger(n) && n >= least) onChange(n);
      }}
    />
  );
}

/** A name box committed when the reviewer leaves it or presses Enter (a path renamed per keystroke would pass through
 * names that collide); an emptied box goes back to the name it had. */
export function NameBox({ value, name, onCommit }: { value: string; name: string; onCommit: (next: string) => void }) {
  return (
    <input
      class="name"
      data-role={name}
      value={value}
      spellcheck={false}
      onChange={(e) => {
        const next = e.currentTarget.value.trim();
        if (next) onCommit(next);
        else e.currentTarget.value = value;
      }}
    />
  );
}

export function both(text: string) {
  return { 'zh-CN': text, en: text };
}

/** Whether a field, a section or a column must be filled in. */
export function Required({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="required">
      <input
        type="checkbox"
        data-role="required"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />{' '}
      {t('deriveRequired')}
    </label>
  );
}
