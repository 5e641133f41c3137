/**
 * An overlay control's handler that runs for the user's own input only. The page shares the DOM with our overlay:
 * its scripts can click our buttons (`element.click()`, a dispatched event), and such an event is not trusted.
 */
export function trusted<E extends Event>(handler: (event: E) => unknown): (event: E) => void {
  return (event) => {
    if (event.isTrusted) void handler(event);
  };
}
