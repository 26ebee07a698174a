import { useId, type ReactNode } from 'react';

/** One card in Att göra: a heading with how many, the items, or a friendly word when there are none. */
export function TodoSection({ title, count, empty, kind, children }: {
  title: string;
  count: number;
  empty: string;
  kind: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={`todo-card todo-card-${kind}`} aria-labelledby={headingId} data-todo={kind}>
      <h2 id={headingId} className="todo-card-title">
        {title} <span className={count > 0 ? 'todo-count todo-count-some' : 'todo-count'}>{count}</span>
      </h2>
      {count === 0 ? <p className="todo-empty">{empty}</p> : <ul className="todo-list">{children}</ul>}
    </section>
  );
}
