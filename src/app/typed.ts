/**
 * What a person typed or chose in the prerendered form before the script arrived. Hydration writes
 * the state's values into the fields (it would wipe a total typed meanwhile), so main.ts reads them
 * first and plays them back afterwards as the events the form listens to.
 */
type Field = HTMLInputElement | HTMLSelectElement;

const changed = (el: Field): boolean =>
  el instanceof HTMLSelectElement
    ? [...el.options].some((o) => o.selected !== o.defaultSelected)
    : el.type === 'checkbox' || el.type === 'radio'
      ? el.checked !== el.defaultChecked
      : el.value !== el.defaultValue;

/** Returns a function that plays back, on the same elements, every field changed until now. */
export function keepTyped(root: Element): () => void {
  const fields = [...root.querySelectorAll<Field>('input, select')].filter(changed);
  const saved = fields.map((el) => ({ el, value: el.value, checked: 'checked' in el ? el.checked : false }));
  return () => {
    for (const { el, value, checked } of saved) {
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        if (el.checked !== checked) el.click();
        continue;
      }
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
}
