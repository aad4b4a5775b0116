"use client";
import { useId, useState } from "react";
import type { SerializedNote } from "../../../types.js";
import {
	useLessonNotes,
	useNoteMutations,
	useNotesExportUrl,
} from "../../hooks/notes-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import type { MediaPlayer } from "../shared/player/types.js";
import { Button, buttonClass } from "../ui/button.js";
import { ConfirmDialog } from "../ui/confirm-dialog.js";
import { clockTime } from "./clock.js";
import { CourseNotesList } from "./course-notes-list.js";
import { usePlayerTime } from "./use-transcript.js";

/** A note's text box, for a new note and for an edit: one look, one length limit. */
function NoteBodyField({
	id,
	label,
	labelClassName,
	testId,
	value,
	onChange,
	rows,
	placeholder,
}: {
	id: string;
	label: string;
	labelClassName: string;
	testId: string;
	value: string;
	onChange: (value: string) => void;
	rows?: number;
	placeholder?: string;
}) {
	return (
		<>
			<label htmlFor={id} className={labelClassName}>
				{label}
			</label>
			<textarea
				id={id}
				data-testid={testId}
				className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm"
				rows={rows}
				maxLength={4000}
				placeholder={placeholder}
				value={value}
				onChange={(e) => onChange(e.target.value)}
			/>
		</>
	);
}

/** One note: its bookmark time (a button that seeks there), its text, edit and delete. */
function NoteItem({
	note,
	player,
	lessonId,
}: {
	note: SerializedNote;
	player: MediaPlayer | null;
	lessonId: string;
}) {
	const { t } = useSchool();
	const { update, remove } = useNoteMutations(lessonId);
	const [editing, setEditing] = useState<string | null>(null);
	const [confirming, setConfirming] = useState(false);
	const editId = useId();
	const at = note.positionSecs;
	return (
		<li
			data-testid="note"
			className="flex flex-col gap-1 border-b border-border py-2 last:border-0"
		>
			{at != null ? (
				<button
					type="button"
					data-testid="note-jump"
					className="self-start rounded text-sm font-medium tabular-nums text-primary underline-offset-2 hover:underline"
					onClick={() => player?.seek(at)}
					disabled={!player}
					aria-label={t.noteJump(clockTime(at))}
				>
					{clockTime(at)}
				</button>
			) : null}
			{editing === null ? (
				<p data-testid="note-body" className="whitespace-pre-wrap text-sm">
					{note.body}
				</p>
			) : (
				<form
					onSubmit={(e) => {
						e.preventDefault();
						update.mutate(
							{ id: note.id, body: editing },
							{ onSuccess: () => setEditing(null) },
						);
					}}
					className="flex flex-col gap-2"
				>
					<NoteBodyField
						id={editId}
						label={t.noteEdit}
						labelClassName="sr-only"
						testId="note-edit-body"
						value={editing}
						onChange={setEditing}
					/>
					<div className="flex gap-2">
						<Button
							type="submit"
							size="sm"
							disabled={!editing.trim() || update.isPending}
						>
							{t.noteSave}
						</Button>
						<Button variant="ghost" size="sm" onClick={() => setEditing(null)}>
							{t.noteCancel}
						</Button>
					</div>
				</form>
			)}
			{editing === null ? (
				<div className="flex gap-2">
					<Button
						variant="ghost"
						size="sm"
						data-testid="note-edit"
						onClick={() => setEditing(note.body)}
					>
						{t.noteEdit}
					</Button>
					<Button
						variant="ghost"
						size="sm"
						data-testid="note-delete"
						onClick={() => setConfirming(true)}
					>
						{t.noteDelete}
					</Button>
				</div>
			) : null}
			<ConfirmDialog
				open={confirming}
				title={t.noteDeleteConfirm}
				body={note.body.slice(0, 120)}
				confirmLabel={t.noteDelete}
				destructive
				testId="note-delete-dialog"
				onCancel={() => setConfirming(false)}
				onConfirm={() => {
					setConfirming(false);
					remove.mutate(note.id);
				}}
			/>
		</li>
	);
}

type Scope = "lesson" | "course";

/** "This lesson / Whole course": which of the learner's notes the panel lists. */
function ScopeSwitch({
	scope,
	onScope,
}: {
	scope: Scope;
	onScope: (scope: Scope) => void;
}) {
	const { t } = useSchool();
	const options: [Scope, string][] = [
		["lesson", t.notesThisLesson],
		["course", t.notesWholeCourse],
	];
	return (
		<fieldset data-testid="notes-scope" className="flex gap-1">
			<legend className="sr-only">{t.notesScope}</legend>
			{options.map(([value, label]) => (
				<Button
					key={value}
					size="sm"
					variant={scope === value ? "primary" : "outline"}
					aria-pressed={scope === value}
					data-testid={`notes-scope-${value}`}
					onClick={() => onScope(value)}
				>
					{label}
				</Button>
			))}
		</fieldset>
	);
}

/**
 * The learner's private notes: write one on this lesson (as a bookmark at the video's current
 * time when there is a video), jump back to a bookmark, edit, delete; switch to every note of
 * the course, grouped by lesson; and download them all as Markdown.
 */
export function NotesPanel({
	lessonId,
	courseId,
	courseSlug,
	player,
}: {
	lessonId: string;
	courseId: string;
	/** The course's URL slug, for the course list's links to each lesson page. */
	courseSlug: string;
	player: MediaPlayer | null;
}) {
	const { t } = useSchool();
	const [scope, setScope] = useState<Scope>("lesson");
	const notes = useLessonNotes(lessonId);
	const { add } = useNoteMutations(lessonId);
	const exportUrl = useNotesExportUrl(courseId);
	const [body, setBody] = useState("");
	const [bookmark, setBookmark] = useState(true);
	const bodyId = useId();
	const now = usePlayerTime(player);
	const save = () => {
		const positionSecs = bookmark && player ? player.currentTime() : null;
		add.mutate({ body, positionSecs }, { onSuccess: () => setBody("") });
	};
	return (
		<section
			data-testid="notes-panel"
			aria-labelledby={`${bodyId}-h`}
			className="flex flex-col gap-3"
		>
			<h2 id={`${bodyId}-h`} className="text-base font-semibold">
				{t.notes}
			</h2>
			<form
				onSubmit={(e) => {
					e.preventDefault();
					if (body.trim()) save();
				}}
				className="flex flex-col gap-2"
			>
				<NoteBodyField
					id={bodyId}
					label={t.noteLabel}
					labelClassName="text-sm font-medium"
					testId="note-input"
					rows={3}
					placeholder={t.notePlaceholder}
					value={body}
					onChange={setBody}
				/>
				<div className="flex flex-wrap items-center gap-3">
					{player ? (
						<label className="flex items-center gap-2 text-sm text-muted-foreground">
							<input
								type="checkbox"
								data-testid="note-bookmark"
								checked={bookmark}
								onChange={(e) => setBookmark(e.target.checked)}
							/>
							{t.noteAtTime(clockTime(now ?? 0))}
						</label>
					) : null}
					<Button
						type="submit"
						size="sm"
						data-testid="note-add"
						disabled={!body.trim() || add.isPending}
					>
						{t.noteAdd}
					</Button>
				</div>
				{add.isError ? (
					<p role="alert" className="text-sm text-destructive">
						{t.noteSaveError}
					</p>
				) : null}
			</form>
			<ScopeSwitch scope={scope} onScope={setScope} />
			{scope === "course" ? (
				<CourseNotesList courseId={courseId} courseSlug={courseSlug} />
			) : notes.isError ? (
				<p role="alert" className="text-sm text-destructive">
					{t.notesLoadError}
				</p>
			) : notes.data && notes.data.items.length === 0 ? (
				<p className="text-sm text-muted-foreground">{t.notesEmpty}</p>
			) : (
				<ul data-testid="notes-list">
					{notes.data?.items.map((note) => (
						<NoteItem
							key={note.id}
							note={note}
							player={player}
							lessonId={lessonId}
						/>
					))}
				</ul>
			)}
			<a
				href={exportUrl}
				download
				data-testid="notes-export"
				className={buttonClass("outline", "sm")}
			>
				{t.notesExport}
			</a>
		</section>
	);
}
