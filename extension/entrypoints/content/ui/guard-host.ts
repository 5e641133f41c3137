/**
 * Keeps the overlay's host as we made it, bare, against a page script: an attribute the page sets on it (`inert`,
 * which would make our buttons dead to the user's clicks; `hidden`, `style`, `popover`…) is taken off again, and a
 * host the page removes is put back where it was. Returns the stop.
 */
export function guardHost(host: HTMLElement): () => void {
  const parent = host.parentNode;
  const mend = () => {
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
    if (!host.isConnected && parent?.isConnected) parent.appendChild(host);
  };
  const observer = new MutationObserver(mend);
  observer.observe(host, { attributes: true });
  if (parent) observer.observe(parent, { childList: true });
  mend();
  return () => observer.disconnect();
}
