import { Component, type ComponentChildren } from 'preact';

/**
 * A component that renders again only when one of its props changed (compared with ===): the overlay's parts
 * each take one slice of the check's state, and keepUnchanged keeps a slice identical when its data is. Unlike
 * reusing a memoized element, this keeps no element from an earlier render alive.
 */
export function pure<P extends object>(render: (props: P) => ComponentChildren) {
  return class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const keys = Object.keys(next) as (keyof P)[];
      return keys.length !== Object.keys(this.props).length || keys.some((key) => next[key] !== this.props[key]);
    }

    override render(props: P): ComponentChildren {
      return render(props);
    }
  };
}
