"use client";
import { useEffect, useRef } from "react";

/** Where keyboard focus goes after an action that moves or removes the focused control. */
export type PendingFocus =
	| {
			questionId: string;
			testId?: string;
			fallbackTestId?: string;
			selector?: string;
			last?: boolean;
	  }
	| { afterRemoveAt: number }
	| { lastQuestionPrompt: true };

const PROMPT = '[data-testid="question-prompt"]';

/**
 * Keeps keyboard users in place in the quiz builder when a control moves (a question moved up)
 * or disappears (a question removed): the action asks for a target, and after the re-render
 * focus goes there. Put `root` on the builder's element.
 */
export function useQuizFocus() {
	const root = useRef<HTMLDivElement>(null);
	const pending = useRef<PendingFocus | null>(null);
	const requestFocus = (focus: PendingFocus) => {
		pending.current = focus;
	};

	useEffect(() => {
		const focus = pending.current;
		const el = root.current;
		if (!focus || !el) return;
		pending.current = null;
		const editors = Array.from(
			el.querySelectorAll<HTMLElement>('[data-testid="quiz-question-editor"]'),
		);
		let target: HTMLElement | null | undefined = null;
		if ("afterRemoveAt" in focus) {
			const editor =
				editors[focus.afterRemoveAt] ?? editors[focus.afterRemoveAt - 1];
			target =
				editor?.querySelector<HTMLElement>(PROMPT) ??
				el.querySelector<HTMLElement>('[data-testid="add-question"] button');
		} else if ("lastQuestionPrompt" in focus) {
			target = editors.at(-1)?.querySelector<HTMLElement>(PROMPT);
		} else {
			const editor = editors.find(
				(e) => e.dataset.questionId === focus.questionId,
			);
			if (focus.selector) {
				const all = editor?.querySelectorAll<HTMLElement>(focus.selector);
				target = all?.[focus.last ? all.length - 1 : 0];
			} else {
				const pick = (testId?: string) =>
					testId
						? editor?.querySelector<HTMLButtonElement>(
								`[data-testid="${testId}"]`,
							)
						: null;
				const first = pick(focus.testId);
				target = first && !first.disabled ? first : pick(focus.fallbackTestId);
			}
		}
		target?.focus();
	});

	return { root, requestFocus };
}
