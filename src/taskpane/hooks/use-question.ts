/**
 * Asking the user something in the middle of an async task: `ask` returns a promise the
 * dialog settles with `answer`. The dialog is shown while `pending` is set.
 */
import { useCallback, useState } from "react";

export interface Question<Q, A> {
  pending?: Q;
  ask(question: Q): Promise<A>;
  answer(a: A): void;
}

export function useQuestion<Q, A>(): Question<Q, A> {
  const [state, setState] = useState<{ question: Q; settle: (a: A) => void }>();
  const ask = useCallback((question: Q) => new Promise<A>((settle) => setState({ question, settle })), []);
  const answer = useCallback(
    (a: A) => {
      state?.settle(a);
      setState(undefined);
    },
    [state],
  );
  return { pending: state?.question, ask, answer };
}
