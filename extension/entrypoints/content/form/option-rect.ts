import { type ChoiceControl, isNativeChoice } from './choice-control';
import { optionTextEnd } from './label-text';

/**
 * What the user sees of one radio or checkbox option, in its frame's viewport: the label that wraps it, or the box
 * (or the styled proxy a UI library draws after a hidden box, as layui does) through the end of its text, and a
 * separate <label for> too. Undefined when nothing of it is rendered.
 */
export function optionRect(control: ChoiceControl): DOMRect | undefined {
  // A custom ARIA choice holds its own box and text.
  if (!isNativeChoice(control)) return rendered(control.getBoundingClientRect());
  const label = control.labels?.[0];
  if (label?.contains(control)) return rendered(label.getBoundingClientRect());
  const range = control.ownerDocument.createRange();
  range.setStartBefore(control);
  range.setEndAfter(optionTextEnd(control));
  const own = rendered(range.getBoundingClientRect());
  const apart = label ? rendered(label.getBoundingClientRect()) : undefined;
  if (!own || !apart) return own ?? apart;
  const left = Math.min(own.left, apart.left);
  const top = Math.min(own.top, apart.top);
  return new DOMRect(left, top, Math.max(own.right, apart.right) - left, Math.max(own.bottom, apart.bottom) - top);
}

/** A rect with no size is what a hidden element reports (at 0,0): not a place to draw. */
function rendered(rect: DOMRect): DOMRect | undefined {
  return rect.width > 0 || rect.height > 0 ? rect : undefined;
}
