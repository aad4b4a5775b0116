"use client";
import {
	type KeyboardEvent,
	useEffect,
	useId,
	useMemo,
	useRef,
	useState,
} from "react";
import { useSchool } from "../../hooks/use-school.js";
import { cn } from "../shared/cn.js";
import type { MediaPlayer } from "../shared/player/types.js";
import { clockTime } from "./clock.js";
import { activeCueIndex, searchable, type TranscriptCue } from "./cues.js";
import { usePlayerTime } from "./use-transcript.js";

/** How long after the learner's last scroll or touch the transcript stops following the video. */
const USER_SCROLL_GRACE_MS = 4000;

/** The cue's text with the search term marked. */
function Highlighted({ text, term }: { text: string; term: string }) {
	const hay = searchable(text);
	// Marks by position, so only when folding kept every character in place.
	if (!term || hay.length !== text.length) return <>{text}</>;
	const parts: React.ReactNode[] = [];
	let from = 0;
	for (let at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, from)) {
		parts.push(text.slice(from, at));
		parts.push(
			<mark key={at} className="rounded-sm bg-primary/20 text-foreground">
				{text.slice(at, at + term.length)}
			</mark>,
		);
		from = at + term.length;
	}
	parts.push(text.slice(from));
	return <>{parts}</>;
}

/**
 * Keeps the active cue in view by scrolling the list itself (never `scrollIntoView`, which also
 * scrolls the page), and not while the learner is using the list: pointer over it, focus in it,
 * or a scroll of their own in the last few seconds.
 */
function useFollow(active: number) {
	const list = useRef<HTMLOListElement>(null);
	const busy = useRef({ pointer: false, focus: false, scrolledAt: 0 });
	const ours = useRef(false);
	useEffect(() => {
		const el = list.current;
		const cue = el?.querySelector<HTMLElement>(`[data-index="${active}"]`);
		if (!el || !cue) return;
		const b = busy.current;
		if (
			b.pointer ||
			b.focus ||
			Date.now() - b.scrolledAt < USER_SCROLL_GRACE_MS
		)
			return;
		const top = cue.offsetTop - el.offsetTop;
		const visible =
			top >= el.scrollTop &&
			top + cue.offsetHeight <= el.scrollTop + el.clientHeight;
		if (visible) return;
		ours.current = true;
		el.scrollTop = Math.max(0, top - el.clientHeight / 3);
	}, [active]);
	const handlers = {
		onPointerEnter: () => {
			busy.current.pointer = true;
		},
		onPointerLeave: () => {
			busy.current.pointer = false;
		},
		onFocus: () => {
			busy.current.focus = true;
		},
		onBlur: () => {
			busy.current.focus = false;
		},
		onScroll: () => {
			// Our own scroll fires this event too: only the learner's counts.
			if (ours.current) ours.current = false;
			else busy.current.scrolledAt = Date.now();
		},
	};
	return { list, handlers };
}

/**
 * The lesson's interactive transcript: every cue with its time; the one being spoken is marked
 * (`aria-current`) and kept in view; a click, Enter or Space on a cue seeks the video there;
 * arrow keys, Home and End move between cues; the search box filters the cues it matches.
 */
export function Transcript({
	cues,
	player,
	className,
}: {
	cues: TranscriptCue[];
	player: MediaPlayer | null;
	className?: string;
}) {
	const { t } = useSchool();
	const searchId = useId();
	const time = usePlayerTime(player);
	const active = activeCueIndex(cues, time);
	const [query, setQuery] = useState("");
	const term = searchable(query.trim());
	const shown = useMemo(
		() =>
			cues
				.map((cue, index) => ({ cue, index }))
				.filter(({ cue }) => !term || searchable(cue.text).includes(term)),
		[cues, term],
	);
	const { list, handlers } = useFollow(active);

	const seek = (cue: TranscriptCue) => player?.seek(cue.start);
	const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, at: number) => {
		const move = (to: number) => {
			event.preventDefault();
			list.current
				?.querySelectorAll<HTMLButtonElement>(
					"button[data-testid='transcript-cue']",
				)
				[to]?.focus();
		};
		if (event.key === "Enter" || event.key === " ") {
			// Handled here (not by the button's click) so a key press seeks exactly once.
			event.preventDefault();
			const item = shown[at];
			if (item) seek(item.cue);
		} else if (event.key === "ArrowDown")
			move(Math.min(at + 1, shown.length - 1));
		else if (event.key === "ArrowUp") move(Math.max(at - 1, 0));
		else if (event.key === "Home") move(0);
		else if (event.key === "End") move(shown.length - 1);
	};

	return (
		<div
			data-testid="transcript"
			className={cn("flex min-h-0 flex-col gap-2", className)}
		>
			<div className="flex items-center gap-2">
				<label htmlFor={searchId} className="sr-only">
					{t.transcriptSearch}
				</label>
				<input
					id={searchId}
					type="search"
					data-testid="transcript-search"
					placeholder={t.transcriptSearch}
					value={query}
					onChange={(e) => setQuery(e.target.value)}
					className="w-full rounded-md border border-input bg-background px-3 py-1.5 text-sm"
				/>
			</div>
			<p
				className="text-xs text-muted-foreground"
				role="status"
				data-testid="transcript-matches"
			>
				{term ? t.transcriptMatches(shown.length) : ""}
			</p>
			<ol
				ref={list}
				{...handlers}
				aria-label={t.transcript}
				className="relative min-h-0 flex-1 overflow-y-auto rounded-md border border-border"
			>
				{shown.map(({ cue, index }, at) => (
					<li key={`${cue.start}-${index}`} data-index={index}>
						<button
							type="button"
							data-testid="transcript-cue"
							data-start={cue.start}
							aria-current={index === active ? "true" : undefined}
							onClick={() => seek(cue)}
							onKeyDown={(e) => onKeyDown(e, at)}
							className={cn(
								"flex w-full gap-3 px-3 py-1.5 text-left text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring",
								index === active &&
									"bg-accent text-accent-foreground font-medium",
							)}
						>
							<span className="shrink-0 tabular-nums text-muted-foreground">
								<span className="sr-only">{t.transcriptSeekTo} </span>
								{clockTime(cue.start)}
							</span>
							<span>
								{cue.speaker ? (
									<span className="font-semibold">{cue.speaker}: </span>
								) : null}
								<Highlighted text={cue.text} term={term} />
							</span>
						</button>
					</li>
				))}
			</ol>
		</div>
	);
}
