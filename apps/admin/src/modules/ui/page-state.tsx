'use client';

import type { ReactNode } from 'react';
import { QueryState } from './query-state';

interface PageStateProps {
  title: string;
  /** Why the page shows nothing, e.g. "not allowed" for the user's roles. */
  notice?: string;
  /** The page's main query while it loads or when it failed. */
  query?: { isPending: boolean; error: unknown };
  /** Shown between the title and the notice (e.g. the area's navigation). */
  children?: ReactNode;
}

/** A page that cannot show its content: its title, then the notice or the loading/error line. */
export function PageState({ title, notice, query, children }: PageStateProps) {
  return (
    <>
      <h1>{title}</h1>
      {children}
      {notice ? <p className="notice">{notice}</p> : null}
      {query ? <QueryState isPending={query.isPending} error={query.error} /> : null}
    </>
  );
}
