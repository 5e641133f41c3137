import { isElement } from '../dom-kinds';

/**
 * The element a UI library draws in place of a hidden radio or checkbox, and listens to clicks on: layui puts a
 * `div.layui-form-checkbox` right after its `display: none` input, and toggles the input from that div's click.
 * Undefined when the control is drawn itself (or inside its label, as Element Plus and Ant Design do).
 */
export function styledProxy(control: HTMLInputElement): HTMLElement | undefined {
  if (control.getClientRects().length > 0) return undefined;
  const next = control.nextElementSibling;
  if (!isElement(next) || next.matches('input, select, textarea') || next.querySelector('input, select, textarea'))
    return undefined;
  return next.getClientRects().length > 0 ? (next as HTMLElement) : undefined;
}
