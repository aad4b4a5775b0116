"use client";
import { Fragment } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { buttonClass, cn, inputClass } from "../shared/cn.js";
import { LessonTypeIcon } from "../shared/curriculum.js";
import { SchoolLink } from "../shared/link.js";
import { QuietDeleteButton } from "../ui/button.js";
import {
	type CurriculumDrag,
	DragHandle,
	DropLine,
} from "./curriculum-drag.js";
import type { CurriculumLesson } from "./curriculum-model.js";
import { MoveButtons } from "./move-buttons.js";

/** A group a lesson can be moved to: a section, or "no section". */
export interface LessonGroup {
	id: string;
	title: string;
	section: boolean;
}

/** One group's lessons, each with its handle, moves, "move to section", edit and delete. */
export function CurriculumLessonList({
	courseId,
	groupId,
	lessons,
	groups,
	drag,
	deleting,
	onMove,
	onMoveTo,
	onDelete,
}: {
	courseId: string;
	groupId: string;
	lessons: CurriculumLesson[];
	groups: LessonGroup[];
	drag: CurriculumDrag;
	deleting: boolean;
	onMove: (lesson: CurriculumLesson, delta: -1 | 1) => void;
	onMoveTo: (lesson: CurriculumLesson, groupId: string) => void;
	onDelete: (lesson: CurriculumLesson) => void;
}) {
	const { t, paths } = useSchool();
	const { indicator } = drag;
	const lineAt = (slot: number) =>
		indicator?.kind === "lesson" &&
		indicator.groupId === groupId &&
		indicator.slot === slot;
	return (
		<ul
			data-lesson-group={groupId}
			data-lesson-count={lessons.length}
			className="m-0 flex min-h-12 list-none flex-col gap-1 p-0"
		>
			{lessons.length === 0 ? (
				<li className="rounded-md border border-dashed border-border px-3 py-3 text-sm text-muted-foreground">
					{t.emptySection}
				</li>
			) : null}
			{lessons.map((lesson, index) => (
				<Fragment key={lesson.id}>
					{lineAt(index) ? <DropLine /> : null}
					<li
						data-testid="curriculum-lesson"
						data-lesson-id={lesson.id}
						data-lesson-group-id={groupId}
						data-lesson-index={index}
						className={cn(
							"flex flex-wrap items-center gap-2 rounded-md border border-border bg-background px-2 py-1.5",
							drag.draggingId === lesson.id && "opacity-50",
						)}
					>
						<DragHandle
							drag={drag}
							item={{ kind: "lesson", id: lesson.id }}
							title={t.curriculumHelp}
						/>
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
							<MoveButtons
								name={lesson.title}
								first={index === 0}
								last={index === lessons.length - 1}
								onMove={(delta) => onMove(lesson, delta)}
							/>
							<select
								data-move-select=""
								data-testid="move-to-section"
								aria-label={t.moveToSectionNamed(lesson.title)}
								className={cn(inputClass, "h-8 w-40 px-2 text-xs")}
								value={groupId}
								onChange={(e) => onMoveTo(lesson, e.target.value)}
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
							<QuietDeleteButton
								data-testid="delete-lesson"
								aria-label={t.deleteLessonNamed(lesson.title)}
								disabled={deleting}
								onClick={() => onDelete(lesson)}
							>
								{t.remove}
							</QuietDeleteButton>
						</div>
					</li>
				</Fragment>
			))}
			{lineAt(lessons.length) && lessons.length > 0 ? <DropLine /> : null}
		</ul>
	);
}
