import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PaneCrashed } from './PaneCrashed';

interface Props {
  /** The pane's name, for the message. */
  pane: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "reload this pane": the pane's content mounts afresh. */
  attempt: number;
}

/**
 * One per pane: a crash inside shows a translated message and a "reload this pane" action, and stays there —
 * the other panes, and the store they share, keep working.
 */
export class PaneErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn(`The ${this.props.pane} pane crashed`, error, info.componentStack);
  }

  reload = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    if (this.state.error) {
      return <PaneCrashed pane={this.props.pane} error={this.state.error} onReload={this.reload} />;
    }
    return <PaneContent key={this.state.attempt}>{this.props.children}</PaneContent>;
  }
}

function PaneContent({ children }: { children: ReactNode }) {
  return children;
}
