import type { ComponentChildren } from 'preact';

/**
 * One choice among a few, as a row of large radio buttons under a legend. `onPick` runs on click,
 * not change: confirming the option already shown counts as choosing it.
 */
export function Segmented<T extends string | number>({
  legend,
  name,
  options,
  value,
  onPick,
  children,
}: {
  legend: ComponentChildren;
  name: string;
  options: { id: T; label: string }[];
  value: unknown;
  onPick: (id: T) => void;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="field" data-field={name}>
      <legend>{legend}</legend>
      <div class="segmented">
        {options.map((o) => (
          <label key={o.id} class={o.id === value ? 'on' : ''}>
            <input type="radio" name={`q-${name}`} value={o.id} checked={o.id === value} onClick={() => onPick(o.id)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
