"use client";
import { type FormEvent, useEffect, useId, useState } from "react";
import type { CourseDetail } from "../../../types.js";
import {
	useLessonMutations,
	useSectionMutations,
} from "../../hooks/instructor-hooks.js";
import { useSchool } from "../../hooks/use-school.js";
import { Button } from "../ui/button.js";
import { useConfirm } from "../ui/confirm-dialog.js";
import { TextField } from "../ui/text-field.js";
import { AddLesson } from "./curriculum-add-lesson.js";
import { useCurriculumDrag } from "./curriculum-drag.js";
import {
	CurriculumLessonList,
	type LessonGroup,
} from "./curriculum-lesson-list.js";
import { type CurriculumLesson, UNSECTIONED } from "./curriculum-model.js";
import { CurriculumSectionCard } from "./curriculum-section-card.js";
import { useCurriculumAutosave } from "./use-curriculum-autosave.js";
import { useCurriculumOrder } from "./use-curriculum-order.js";

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The curriculum editor: sections and lessons are arranged by drag and drop (mouse, pen or
 * finger), or the move buttons and "move to section" menus from the keyboard; the order saves
 * itself in one call with an Undo toast (a keyboard run once the instructor pauses). Adding,
 * renaming and deleting save at once; a waiting reorder survives them.
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
	const { t } = useSchool();
	const uid = useId();
	const sections = useSectionMutations(courseId);
	const lessons = useLessonMutations(courseId);
	const [confirm, confirmDialog] = useConfirm();
	const [error, setError] = useState("");
	const [newSection, setNewSection] = useState("");
	const curriculum = useCurriculumOrder(course, (next, kind) =>
		autosave.moved(next, kind),
	);
	const autosave = useCurriculumAutosave(courseId, curriculum.base);
	const { order, dirty } = curriculum;
	const drag = useCurriculumDrag(order, curriculum.dropped);

	useEffect(() => {
		onDirtyChange?.(dirty);
	}, [dirty, onDirtyChange]);

	/** Runs a save; its failure shows above the list. Resolves whether it worked. */
	const run = async (action: () => Promise<unknown>) => {
		setError("");
		try {
			await action();
			return true;
		} catch (e) {
			setError(errorText(e));
			return false;
		}
	};

	/** "Save now": a waiting keyboard run at once, or a retry after a failed save. */
	const onSaveOrder = () => {
		if (!autosave.hasPending()) autosave.moved(order, "drop");
		else autosave.flush();
	};

	const onAddSection = async (event: FormEvent) => {
		event.preventDefault();
		const title = newSection.trim();
		if (!title) return;
		if (await run(() => sections.create.mutateAsync({ title })))
			setNewSection("");
	};

	const onDeleteSection = async (id: string, title: string) => {
		const ok = await confirm({
			title: t.confirmDeleteSectionTitle,
			body: t.confirmDeleteSection(title),
			confirmLabel: t.deleteSection,
			destructive: true,
		});
		if (ok) void run(() => sections.remove.mutateAsync(id));
	};

	const onDeleteLesson = async (lesson: CurriculumLesson) => {
		const ok = await confirm({
			title: t.confirmDeleteLessonTitle,
			body: t.confirmDeleteLesson(lesson.title),
			confirmLabel: t.remove,
			destructive: true,
		});
		if (ok) void run(() => lessons.remove.mutateAsync(lesson.id));
	};

	const groups: LessonGroup[] = [
		...order.sections.map((s) => ({ id: s.id, title: s.title, section: true })),
		{ id: UNSECTIONED, title: t.unsectionedHeading, section: false },
	];
	const lessonList = (groupId: string, list: CurriculumLesson[]) => (
		<CurriculumLessonList
			courseId={courseId}
			groupId={groupId}
			lessons={list}
			groups={groups}
			drag={drag}
			deleting={lessons.remove.isPending}
			onMove={curriculum.moveLessonBy}
			onMoveTo={curriculum.moveLessonTo}
			onDelete={(lesson) => void onDeleteLesson(lesson)}
		/>
	);
	const addLesson = (sectionId: string | null, groupTitle: string) => (
		<AddLesson
			courseId={courseId}
			sectionId={sectionId ?? undefined}
			groupTitle={groupTitle}
			onCreate={(title, type) =>
				run(() => lessons.create.mutateAsync({ title, type, sectionId }))
			}
		/>
	);
	const empty = !order.sections.length && !order.unsectioned.length;

	return (
		<div
			ref={curriculum.rootRef}
			data-testid="curriculum-editor"
			className="flex flex-col gap-6"
		>
			{confirmDialog}
			{/* The sections' titles are h3: this keeps the heading levels in order under the page's h1. */}
			<h2 className="sr-only">{t.tabCurriculum}</h2>
			<div className="flex flex-wrap items-start justify-between gap-4">
				<p className="max-w-2xl text-sm text-muted-foreground">
					{t.curriculumHelp}
				</p>
				<Button
					variant="outline"
					data-testid="save-curriculum"
					disabled={!dirty || autosave.saving}
					onClick={onSaveOrder}
				>
					{autosave.saving ? t.saving : t.saveOrder}
				</Button>
			</div>
			<div className="-mt-3 flex min-h-5 flex-col gap-1 text-sm text-muted-foreground">
				<p role="status" data-testid="curriculum-save-state">
					{autosave.saving ? t.saving : dirty ? t.orderUnsaved : ""}
				</p>
				<p data-testid="curriculum-status" role="status" className="sr-only">
					{curriculum.announcement}
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
					<CurriculumSectionCard
						key={section.id}
						section={section}
						index={index}
						count={order.sections.length}
						drag={drag}
						busy={{
							renaming: sections.update.isPending,
							deleting: sections.remove.isPending,
						}}
						onMove={(delta) =>
							curriculum.moveSectionBy(section.id, section.title, delta)
						}
						onRename={(title) =>
							run(() =>
								sections.update.mutateAsync({
									id: section.id,
									input: { title },
								}),
							)
						}
						onDelete={() => void onDeleteSection(section.id, section.title)}
					>
						{lessonList(section.id, section.lessons)}
						{addLesson(section.id, section.title)}
					</CurriculumSectionCard>
				))}
			</ol>

			{/* An empty course shows one empty state (above), not a second one for "no section". */}
			{order.unsectioned.length ? (
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
					{lessonList(UNSECTIONED, order.unsectioned)}
					{addLesson(null, t.unsectionedHeading)}
				</section>
			) : null}

			<form
				onSubmit={(e) => void onAddSection(e)}
				className="flex flex-wrap items-end gap-2 rounded-lg border border-border bg-muted/40 p-4"
			>
				<TextField
					id={`${uid}-new-section`}
					label={t.newSectionLabel}
					className="min-w-60 flex-1"
					testId="new-section-title"
					input={{ maxLength: 200 }}
					value={newSection}
					onChange={setNewSection}
				/>
				<Button
					type="submit"
					variant="outline"
					data-testid="add-section"
					disabled={!newSection.trim() || sections.create.isPending}
				>
					<span aria-hidden="true">+</span>
					{t.addSection}
				</Button>
			</form>
		</div>
	);
}
