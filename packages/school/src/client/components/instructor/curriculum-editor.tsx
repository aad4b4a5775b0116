"use client";
import {
	type DragEvent,
	type FormEvent,
	useEffect,
	useId,
	useLayoutEffect,
	useMemo,
	useRef,
	useState,
} from "react";
import type { CourseDetail, LessonType } from "../../../types";
import {
	useLessonMutations,
	useSaveCurriculum,
	useSectionMutations,
} from "../../hooks/instructor-hooks";
import { useSchool } from "../../hooks/use-school";
import { buttonClass, cn, inputClass } from "../shared/cn";
import { LessonTypeIcon } from "../shared/curriculum";
import { SchoolLink } from "../shared/link";
import {
	type CurriculumLesson,
	type CurriculumState,
	dropLesson,
	dropSection,
	findLesson,
	fromCourseDetail,
	groupLessons,
	moveLesson,
	moveLessonBy,
	moveSection,
	reconcile,
	sameOrder,
	toCurriculumInput,
	UNSECTIONED,
} from "./curriculum-model";

type Drag = { kind: "lesson" | "section"; id: string } | null;
type Indicator =
	| { kind: "lesson"; groupId: string; slot: number }
	| { kind: "section"; slot: number }
	| null;
/** What to focus after a keyboard move re-renders the list. */
type FocusTarget = {
	kind: "lesson" | "section";
	id: string;
	control: "up" | "down" | "select";
};

/** A value quoted for an attribute selector. */
const attr = (value: string) => value.replace(/["\\]/g, "\\$&");
const iconButton = cn(buttonClass("ghost", "sm"), "h-8 w-8 px-0");
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The curriculum editor: sections and lessons are arranged locally (drag and drop, or the move
 * buttons and "move to section" menus from the keyboard) and saved in one call. Adding, renaming
 * and deleting save at once; a pending reorder survives them.
 */
export function CurriculumEditor({
	courseId,
	course,
	onDirtyChange,
}: {
	courseId: string;
	course: CourseDetail;
	onDirtyChange?: (dirty: boolean) => void;
}) {
	const { t, paths } = useSchool();
	const uid = useId();
	const rootRef = useRef<HTMLDivElement>(null);
	const sections = useSectionMutations(courseId);
	const lessons = useLessonMutations(courseId);
	const save = useSaveCurriculum(courseId);

	const base = useMemo(() => fromCourseDetail(course), [course]);
	const [order, setOrder] = useState<CurriculumState>(base);
	const baseRef = useRef(base);
	useEffect(() => {
		if (baseRef.current === base) return;
		const previous = baseRef.current;
		baseRef.current = base;
		// No unsaved moves: take the server's order. Otherwise keep the local one, updated.
		setOrder((local) =>
			sameOrder(local, previous) ? base : reconcile(local, base),
		);
	}, [base]);

	const dirty = !sameOrder(order, base);
	useEffect(() => {
		onDirtyChange?.(dirty);
	}, [dirty, onDirtyChange]);

	const [announcement, setAnnouncement] = useState("");
	const [error, setError] = useState("");
	const [saved, setSaved] = useState("");
	const [newSection, setNewSection] = useState("");
	const [renaming, setRenaming] = useState<{
		id: string;
		title: string;
	} | null>(null);
	const drag = useRef<Drag>(null);
	const [indicator, setIndicator] = useState<Indicator>(null);
	const focusNext = useRef<FocusTarget | null>(null);

	const groupName = (groupId: string) =>
		groupId === UNSECTIONED
			? t.unsectionedHeading
			: (order.sections.find((s) => s.id === groupId)?.title ?? "");

	// After a keyboard move: put focus back on the control, or on its twin at the list's ends.
	useLayoutEffect(() => {
		const target = focusNext.current;
		if (!target || !rootRef.current) return;
		focusNext.current = null;
		const row = rootRef.current.querySelector(
			target.kind === "lesson"
				? `[data-lesson-id="${attr(target.id)}"]`
				: `[data-section-id="${attr(target.id)}"]`,
		);
		const prefix = target.kind === "section" ? "section-" : "";
		const find = (control: string) =>
			row?.querySelector<HTMLElement>(
				control === "select"
					? "select[data-move-select]"
					: `[data-testid="${prefix}move-${control}"]`,
			);
		const wanted = find(target.control);
		const other = find(target.control === "up" ? "down" : "up");
		const el =
			wanted && !(wanted as HTMLButtonElement).disabled ? wanted : other;
		el?.focus();
	});

	const apply = (next: CurriculumState, target?: FocusTarget) => {
		if (next === order) return;
		setSaved("");
		setOrder(next);
		if (target) focusNext.current = target;
	};

	const announceLesson = (state: CurriculumState, lesson: CurriculumLesson) => {
		const at = findLesson(state, lesson.id);
		if (!at) return;
		const group = groupLessons(state, at.groupId) ?? [];
		setAnnouncement(
			t.moved(lesson.title, at.index + 1, group.length, groupName(at.groupId)),
		);
	};

	const moveLessonKey = (lesson: CurriculumLesson, delta: number) => {
		const next = moveLessonBy(order, lesson.id, delta);
		apply(next, {
			kind: "lesson",
			id: lesson.id,
			control: delta < 0 ? "up" : "down",
		});
		if (next !== order) announceLesson(next, lesson);
	};

	const moveLessonTo = (lesson: CurriculumLesson, groupId: string) => {
		const next = moveLesson(order, lesson.id, groupId);
		apply(next, { kind: "lesson", id: lesson.id, control: "select" });
		if (next !== order) {
			const group = groupLessons(next, groupId) ?? [];
			setAnnouncement(
				t.moved(lesson.title, group.length, group.length, groupName(groupId)),
			);
		}
	};

	const moveSectionKey = (id: string, title: string, delta: number) => {
		const next = moveSection(order, id, delta);
		apply(next, { kind: "section", id, control: delta < 0 ? "up" : "down" });
		if (next !== order) {
			const index = next.sections.findIndex((s) => s.id === id);
			setAnnouncement(
				t.moved(title, index + 1, next.sections.length, t.tabCurriculum),
			);
		}
	};

	const run = async (action: () => Promise<unknown>) => {
		setError("");
		setSaved("");
		try {
			await action();
			return true;
		} catch (e) {
			setError(errorText(e));
			return false;
		}
	};

	const onSaveOrder = () =>
		void run(async () => {
			await save.mutateAsync(toCurriculumInput(order));
			setSaved(t.orderSaved);
		});

	const onAddSection = async (event: FormEvent) => {
		event.preventDefault();
		const title = newSection.trim();
		if (!title) return;
		if (await run(() => sections.create.mutateAsync({ title })))
			setNewSection("");
	};

	const onRename = async (event: FormEvent) => {
		event.preventDefault();
		if (!renaming) return;
		const title = renaming.title.trim();
		if (!title) return;
		const id = renaming.id;
		if (await run(() => sections.update.mutateAsync({ id, input: { title } })))
			setRenaming(null);
	};

	const onDeleteSection = (id: string, title: string) => {
		if (!window.confirm(t.confirmDeleteSection(title))) return;
		void run(() => sections.remove.mutateAsync(id));
	};

	const onDeleteLesson = (lesson: CurriculumLesson) => {
		if (!window.confirm(t.confirmDeleteLesson(lesson.title))) return;
		void run(() => lessons.remove.mutateAsync(lesson.id));
	};

	// Drag and drop (mouse and touch-pad); the buttons and menus do the same from the keyboard.
	const startDrag = (
		event: DragEvent<HTMLElement>,
		value: NonNullable<Drag>,
		preview: Element | null,
	) => {
		drag.current = value;
		event.dataTransfer.effectAllowed = "move";
		event.dataTransfer.setData("text/plain", value.id);
		if (preview) event.dataTransfer.setDragImage(preview, 16, 16);
	};
	const endDrag = () => {
		drag.current = null;
		setIndicator(null);
	};
	/**
	 * The mouse drag handle of a lesson or a section (keyboard users have the move buttons,
	 * so it is hidden from assistive technology). The dragged element is its closest `preview`.
	 */
	const dragHandle = (value: NonNullable<Drag>, preview: "li" | "section") => (
		<span
			draggable
			aria-hidden="true"
			title={t.curriculumHelp}
			data-testid={`${value.kind}-drag-handle`}
			onDragStart={(e) => startDrag(e, value, e.currentTarget.closest(preview))}
			onDragEnd={endDrag}
			className="cursor-grab select-none px-1 text-muted-foreground active:cursor-grabbing"
		>
			⠿
		</span>
	);

	const half = (event: DragEvent<HTMLElement>) => {
		const rect = event.currentTarget.getBoundingClientRect();
		return event.clientY > rect.top + rect.height / 2 ? 1 : 0;
	};
	const overLesson = (
		event: DragEvent<HTMLElement>,
		groupId: string,
		index: number,
	) => {
		if (drag.current?.kind !== "lesson") return;
		event.preventDefault();
		event.stopPropagation();
		event.dataTransfer.dropEffect = "move";
		const slot = index + half(event);
		if (
			indicator?.kind !== "lesson" ||
			indicator.groupId !== groupId ||
			indicator.slot !== slot
		)
			setIndicator({ kind: "lesson", groupId, slot });
	};
	const overGroupEnd = (event: DragEvent<HTMLElement>, groupId: string) => {
		if (drag.current?.kind !== "lesson") return;
		event.preventDefault();
		event.dataTransfer.dropEffect = "move";
		const slot = (groupLessons(order, groupId) ?? []).length;
		if (
			indicator?.kind !== "lesson" ||
			indicator.groupId !== groupId ||
			indicator.slot !== slot
		)
			setIndicator({ kind: "lesson", groupId, slot });
	};
	const overSection = (event: DragEvent<HTMLElement>, index: number) => {
		if (drag.current?.kind !== "section") return;
		event.preventDefault();
		event.dataTransfer.dropEffect = "move";
		const slot = index + half(event);
		if (indicator?.kind !== "section" || indicator.slot !== slot)
			setIndicator({ kind: "section", slot });
	};
	const onDrop = (event: DragEvent<HTMLElement>) => {
		event.preventDefault();
		event.stopPropagation();
		const current = drag.current;
		const at = indicator;
		endDrag();
		if (!current || !at) return;
		if (current.kind === "lesson" && at.kind === "lesson") {
			const next = dropLesson(order, current.id, at.groupId, at.slot);
			apply(next);
			const lesson = findLessonItem(order, current.id);
			if (lesson && next !== order) announceLesson(next, lesson);
		} else if (current.kind === "section" && at.kind === "section") {
			apply(dropSection(order, current.id, at.slot));
		}
	};

	const groups = [
		...order.sections.map((s) => ({ id: s.id, title: s.title, section: true })),
		{ id: UNSECTIONED, title: t.unsectionedHeading, section: false },
	];
	const empty = !order.sections.length && !order.unsectioned.length;

	const renderLessons = (groupId: string, list: CurriculumLesson[]) => (
		<ul
			className="m-0 flex min-h-12 list-none flex-col gap-1 p-0"
			onDragOver={(e) => overGroupEnd(e, groupId)}
			onDrop={onDrop}
		>
			{list.length === 0 ? (
				<li className="rounded-md border border-dashed border-border px-3 py-3 text-sm text-muted-foreground">
					{t.emptySection}
				</li>
			) : null}
			{list.map((lesson, index) => (
				<LessonRowWithIndicator
					key={lesson.id}
					show={
						indicator?.kind === "lesson" &&
						indicator.groupId === groupId &&
						indicator.slot === index
					}
				>
					<li
						data-testid="curriculum-lesson"
						data-lesson-id={lesson.id}
						onDragOver={(e) => overLesson(e, groupId, index)}
						onDrop={onDrop}
						className={cn(
							"flex flex-wrap items-center gap-2 rounded-md border border-border bg-background px-2 py-1.5",
							drag.current?.id === lesson.id && "opacity-50",
						)}
					>
						{dragHandle({ kind: "lesson", id: lesson.id }, "li")}
						<LessonTypeIcon type={lesson.type} />
						<div className="min-w-0 flex-1">
							<SchoolLink
								href={paths.lessonEditor(courseId, lesson.id)}
								className="block truncate font-medium hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
							>
								{lesson.title}
							</SchoolLink>
							<span className="text-xs text-muted-foreground">
								{t.lessonTypes[lesson.type] ?? lesson.type}
								{lesson.durationMins
									? ` · ${t.minutes(lesson.durationMins)}`
									: ""}
								{lesson.isFreePreview ? ` · ${t.preview}` : ""}
							</span>
						</div>
						<div className="flex flex-wrap items-center gap-1">
							<button
								type="button"
								className={iconButton}
								data-testid="move-up"
								aria-label={t.moveUpNamed(lesson.title)}
								title={t.moveUpNamed(lesson.title)}
								disabled={index === 0}
								onClick={() => moveLessonKey(lesson, -1)}
							>
								<span aria-hidden="true">↑</span>
							</button>
							<button
								type="button"
								className={iconButton}
								data-testid="move-down"
								aria-label={t.moveDownNamed(lesson.title)}
								title={t.moveDownNamed(lesson.title)}
								disabled={index === list.length - 1}
								onClick={() => moveLessonKey(lesson, 1)}
							>
								<span aria-hidden="true">↓</span>
							</button>
							<select
								data-move-select=""
								data-testid="move-to-section"
								aria-label={t.moveToSectionNamed(lesson.title)}
								className={cn(inputClass, "h-8 w-40 px-2 text-xs")}
								value={groupId}
								onChange={(e) => moveLessonTo(lesson, e.target.value)}
							>
								{groups.map((g) => (
									<option key={g.id} value={g.id}>
										{g.section ? g.title : t.noSection}
									</option>
								))}
							</select>
							<SchoolLink
								href={paths.lessonEditor(courseId, lesson.id)}
								className={buttonClass("ghost", "sm")}
								aria-label={t.editLessonNamed(lesson.title)}
							>
								{t.edit}
							</SchoolLink>
							<button
								type="button"
								className={cn(buttonClass("ghost", "sm"), "text-destructive")}
								data-testid="delete-lesson"
								aria-label={t.deleteLessonNamed(lesson.title)}
								disabled={lessons.remove.isPending}
								onClick={() => onDeleteLesson(lesson)}
							>
								{t.remove}
							</button>
						</div>
					</li>
				</LessonRowWithIndicator>
			))}
			{indicator?.kind === "lesson" &&
			indicator.groupId === groupId &&
			indicator.slot === list.length &&
			list.length > 0 ? (
				<DropLine />
			) : null}
		</ul>
	);

	return (
		<div
			ref={rootRef}
			data-testid="curriculum-editor"
			className="flex flex-col gap-6"
		>
			<div className="flex flex-wrap items-start justify-between gap-4">
				<p className="max-w-2xl text-sm text-muted-foreground">
					{t.curriculumHelp}
				</p>
				<div className="flex flex-wrap items-center gap-2">
					{dirty ? (
						<button
							type="button"
							className={buttonClass("ghost")}
							onClick={() => {
								setOrder(base);
								setAnnouncement("");
							}}
						>
							{t.resetOrder}
						</button>
					) : null}
					<button
						type="button"
						className={buttonClass()}
						data-testid="save-curriculum"
						disabled={!dirty || save.isPending}
						onClick={onSaveOrder}
					>
						{save.isPending ? t.saving : t.saveOrder}
					</button>
				</div>
			</div>
			<div className="-mt-3 flex min-h-5 flex-col gap-1 text-sm text-muted-foreground">
				<p role="status">{dirty ? t.orderUnsaved : saved}</p>
				<p data-testid="curriculum-status" role="status" className="sr-only">
					{announcement}
				</p>
			</div>
			{error ? (
				<p
					role="alert"
					data-testid="curriculum-error"
					className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm text-destructive"
				>
					{error}
				</p>
			) : null}

			{empty ? (
				<p className="rounded-lg border border-dashed border-border p-6 text-center text-muted-foreground">
					{t.emptyCurriculum}
				</p>
			) : null}

			<ol className="m-0 flex list-none flex-col gap-4 p-0">
				{order.sections.map((section, index) => (
					<li
						key={section.id}
						data-testid="curriculum-section"
						data-section-id={section.id}
						onDragOver={(e) => overSection(e, index)}
						onDrop={onDrop}
						className="relative"
					>
						{indicator?.kind === "section" && indicator.slot === index ? (
							<DropLine
								item={false}
								className="absolute -top-2.5 right-0 left-0"
							/>
						) : null}
						{indicator?.kind === "section" &&
						indicator.slot === index + 1 &&
						index === order.sections.length - 1 ? (
							<DropLine
								item={false}
								className="absolute right-0 -bottom-2.5 left-0"
							/>
						) : null}
						<section
							aria-labelledby={`${uid}-section-${section.id}`}
							className="rounded-lg border border-border bg-card p-4 text-card-foreground"
						>
							<div className="mb-3 flex flex-wrap items-center gap-2">
								{dragHandle({ kind: "section", id: section.id }, "section")}
								{renaming?.id === section.id ? (
									<form
										className="flex flex-1 flex-wrap items-center gap-2"
										onSubmit={(e) => void onRename(e)}
										onKeyDown={(e) => {
											if (e.key === "Escape") setRenaming(null);
										}}
									>
										<label
											htmlFor={`${uid}-rename-${section.id}`}
											className="sr-only"
										>
											{t.sectionTitleLabel}
										</label>
										<input
											id={`${uid}-rename-${section.id}`}
											data-testid="section-title-input"
											className={cn(inputClass, "h-9 max-w-sm flex-1")}
											value={renaming.title}
											maxLength={200}
											// biome-ignore lint/a11y/noAutofocus: the user just asked to rename this section
											autoFocus
											onChange={(e) =>
												setRenaming({ id: section.id, title: e.target.value })
											}
										/>
										<button
											type="submit"
											className={buttonClass("primary", "sm")}
											disabled={sections.update.isPending}
										>
											{t.save}
										</button>
										<button
											type="button"
											className={buttonClass("ghost", "sm")}
											onClick={() => setRenaming(null)}
										>
											{t.cancel}
										</button>
									</form>
								) : (
									<h3
										id={`${uid}-section-${section.id}`}
										className="min-w-0 flex-1 truncate text-base font-semibold"
									>
										{section.title}
									</h3>
								)}
								<div className="flex flex-wrap items-center gap-1">
									<button
										type="button"
										className={iconButton}
										data-testid="section-move-up"
										aria-label={t.moveUpNamed(section.title)}
										title={t.moveUpNamed(section.title)}
										disabled={index === 0}
										onClick={() =>
											moveSectionKey(section.id, section.title, -1)
										}
									>
										<span aria-hidden="true">↑</span>
									</button>
									<button
										type="button"
										className={iconButton}
										data-testid="section-move-down"
										aria-label={t.moveDownNamed(section.title)}
										title={t.moveDownNamed(section.title)}
										disabled={index === order.sections.length - 1}
										onClick={() => moveSectionKey(section.id, section.title, 1)}
									>
										<span aria-hidden="true">↓</span>
									</button>
									{renaming?.id === section.id ? null : (
										<button
											type="button"
											className={buttonClass("ghost", "sm")}
											data-testid="rename-section"
											aria-label={t.renameSectionNamed(section.title)}
											onClick={() =>
												setRenaming({ id: section.id, title: section.title })
											}
										>
											{t.rename}
										</button>
									)}
									<button
										type="button"
										className={cn(
											buttonClass("ghost", "sm"),
											"text-destructive",
										)}
										data-testid="delete-section"
										aria-label={t.deleteSectionNamed(section.title)}
										disabled={sections.remove.isPending}
										onClick={() => onDeleteSection(section.id, section.title)}
									>
										{t.deleteSection}
									</button>
								</div>
							</div>
							{renderLessons(section.id, section.lessons)}
							<AddLesson
								courseId={courseId}
								sectionId={section.id}
								groupTitle={section.title}
								onCreate={(title, type) =>
									run(() =>
										lessons.create.mutateAsync({
											title,
											type,
											sectionId: section.id,
										}),
									)
								}
							/>
						</section>
					</li>
				))}
			</ol>

			{order.unsectioned.length || order.sections.length === 0 ? (
				<section
					data-testid="curriculum-unsectioned"
					aria-labelledby={`${uid}-unsectioned`}
					className="rounded-lg border border-dashed border-border p-4"
				>
					<h3
						id={`${uid}-unsectioned`}
						className="mb-3 text-base font-semibold"
					>
						{t.unsectionedHeading}
					</h3>
					{renderLessons(UNSECTIONED, order.unsectioned)}
					<AddLesson
						courseId={courseId}
						groupTitle={t.unsectionedHeading}
						onCreate={(title, type) =>
							run(() =>
								lessons.create.mutateAsync({ title, type, sectionId: null }),
							)
						}
					/>
				</section>
			) : null}

			<form
				onSubmit={(e) => void onAddSection(e)}
				className="flex flex-wrap items-end gap-2 rounded-lg border border-border bg-muted/40 p-4"
			>
				<div className="flex min-w-60 flex-1 flex-col gap-1.5">
					<label htmlFor={`${uid}-new-section`} className="text-sm font-medium">
						{t.newSectionLabel}
					</label>
					<input
						id={`${uid}-new-section`}
						data-testid="new-section-title"
						className={inputClass}
						value={newSection}
						maxLength={200}
						onChange={(e) => setNewSection(e.target.value)}
					/>
				</div>
				<button
					type="submit"
					className={buttonClass("outline")}
					data-testid="add-section"
					disabled={!newSection.trim() || sections.create.isPending}
				>
					<span aria-hidden="true">+</span>
					{t.addSection}
				</button>
			</form>
		</div>
	);
}

function findLessonItem(state: CurriculumState, id: string) {
	const at = findLesson(state, id);
	return at ? groupLessons(state, at.groupId)?.[at.index] : undefined;
}

/** Where a dragged item will land. */
function DropLine({
	className,
	item = true,
}: {
	className?: string;
	item?: boolean;
}) {
	const look = cn("h-0.5 list-none rounded-full bg-primary", className);
	return item ? (
		<li aria-hidden="true" className={look} />
	) : (
		<div aria-hidden="true" className={look} />
	);
}

function LessonRowWithIndicator({
	show,
	children,
}: {
	show: boolean;
	children: React.ReactNode;
}) {
	return (
		<>
			{show ? <DropLine /> : null}
			{children}
		</>
	);
}

/** "Add lesson": a quick inline form (video or reading) and a link to the full lesson editor. */
function AddLesson({
	courseId,
	sectionId,
	groupTitle,
	onCreate,
}: {
	courseId: string;
	sectionId?: string;
	groupTitle: string;
	onCreate: (title: string, type: LessonType) => Promise<boolean>;
}) {
	const { t, paths } = useSchool();
	const uid = useId();
	const [open, setOpen] = useState(false);
	const [title, setTitle] = useState("");
	const [type, setType] = useState<LessonType>("video");
	const [busy, setBusy] = useState(false);
	const editorHref = `${paths.lessonEditor(courseId, "new")}${
		sectionId ? `?sectionId=${encodeURIComponent(sectionId)}` : ""
	}`;
	const onSubmit = async (event: FormEvent) => {
		event.preventDefault();
		if (!title.trim()) return;
		setBusy(true);
		const ok = await onCreate(title.trim(), type);
		setBusy(false);
		if (ok) setTitle("");
	};
	return (
		<div className="mt-3 flex flex-col gap-2">
			<div className="flex flex-wrap items-center gap-2">
				<button
					type="button"
					className={buttonClass("outline", "sm")}
					data-testid="add-lesson"
					aria-expanded={open}
					aria-controls={`${uid}-form`}
					onClick={() => setOpen((o) => !o)}
				>
					<span aria-hidden="true">+</span>
					{t.quickAddLesson}
					<span className="sr-only"> ({groupTitle})</span>
				</button>
				<SchoolLink
					href={editorHref}
					className="text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
					data-testid="add-lesson-editor"
				>
					{t.addLessonInEditor}
					<span className="sr-only"> ({groupTitle})</span>
				</SchoolLink>
			</div>
			{open ? (
				<form
					id={`${uid}-form`}
					aria-label={t.addLessonTo(groupTitle)}
					onSubmit={(e) => void onSubmit(e)}
					className="flex flex-wrap items-end gap-2"
				>
					<div className="flex min-w-52 flex-1 flex-col gap-1">
						<label htmlFor={`${uid}-title`} className="text-xs font-medium">
							{t.lessonTitleLabel}
						</label>
						<input
							id={`${uid}-title`}
							data-testid="quick-lesson-title"
							className={cn(inputClass, "h-9")}
							value={title}
							maxLength={200}
							// biome-ignore lint/a11y/noAutofocus: the form was just opened on request
							autoFocus
							onChange={(e) => setTitle(e.target.value)}
						/>
					</div>
					<div className="flex flex-col gap-1">
						<label htmlFor={`${uid}-type`} className="text-xs font-medium">
							{t.lessonTypeLabel}
						</label>
						<select
							id={`${uid}-type`}
							data-testid="quick-lesson-type"
							className={cn(inputClass, "h-9 w-32")}
							value={type}
							onChange={(e) => setType(e.target.value as LessonType)}
						>
							<option value="video">{t.lessonTypes.video}</option>
							<option value="text">{t.lessonTypes.text}</option>
						</select>
					</div>
					<button
						type="submit"
						className={buttonClass("primary", "sm")}
						data-testid="quick-lesson-submit"
						disabled={busy || !title.trim()}
					>
						{t.add}
					</button>
				</form>
			) : null}
		</div>
	);
}
