'use client';

import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of the failed part; `retry` renders the children again. */
  fallback: (error: unknown, retry: () => void) => ReactNode;
  onReset?: () => void;
  children: ReactNode;
}

/** Keeps a failing part (e.g. a chart whose data did not load) from taking the page down. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  private readonly retry = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}
