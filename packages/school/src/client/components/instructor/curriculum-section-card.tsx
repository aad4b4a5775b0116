"use client";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useSchool } from "../../hooks/use-school.js";
import { cn, inputClass } from "../shared/cn.js";
import { Button, QuietDeleteButton } from "../ui/button.js";
import {
	type CurriculumDrag,
	DragHandle,
	DropLine,
} from "./curriculum-drag.js";
import type { CurriculumSection } from "./curriculum-model.js";
import { MoveButtons } from "./move-buttons.js";

/**
 * One section of the curriculum editor: its handle, title (renamed in place), moves and delete,
 * then its lessons (`children`). Drop lines show where a dragged section would land.
 */
export function CurriculumSectionCard({
	section,
	index,
	count,
	drag,
	busy,
	onMove,
	onRename,
	onDelete,
	children,
}: {
	section: CurriculumSection;
	index: number;
	count: number;
	drag: CurriculumDrag;
	busy: { renaming: boolean; deleting: boolean };
	onMove: (delta: -1 | 1) => void;
	/** Resolves true once saved, which closes the rename form. */
	onRename: (title: string) => Promise<boolean>;
	onDelete: () => void;
	children: ReactNode;
}) {
	const { t } = useSchool();
	const uid = useId();
	const [renaming, setRenaming] = useState<string | null>(null);
	const { indicator } = drag;
	const line = (slot: number, className: string) =>
		indicator?.kind === "section" && indicator.slot === slot ? (
			<DropLine item={false} className={className} />
		) : null;

	const submitRename = async (event: FormEvent) => {
		event.preventDefault();
		const title = renaming?.trim();
		if (title && (await onRename(title))) setRenaming(null);
	};

	return (
		<li
			data-testid="curriculum-section"
			data-section-id={section.id}
			data-section-index={index}
			className={cn("relative", drag.draggingId === section.id && "opacity-50")}
		>
			{line(index, "absolute -top-2.5 right-0 left-0")}
			{index === count - 1
				? line(index + 1, "absolute right-0 -bottom-2.5 left-0")
				: null}
			<section
				aria-labelledby={`${uid}-title`}
				className="rounded-lg border border-border bg-card p-4 text-card-foreground"
			>
				<div className="mb-3 flex flex-wrap items-center gap-2">
					<DragHandle
						drag={drag}
						item={{ kind: "section", id: section.id }}
						title={t.curriculumHelp}
					/>
					{renaming !== null ? (
						<form
							className="flex flex-1 flex-wrap items-center gap-2"
							onSubmit={(e) => void submitRename(e)}
							onKeyDown={(e) => {
								if (e.key === "Escape") setRenaming(null);
							}}
						>
							<label htmlFor={`${uid}-rename`} className="sr-only">
								{t.sectionTitleLabel}
							</label>
							<input
								id={`${uid}-rename`}
								data-testid="section-title-input"
								className={cn(inputClass, "h-9 max-w-sm flex-1")}
								value={renaming}
								maxLength={200}
								// biome-ignore lint/a11y/noAutofocus: the user just asked to rename this section
								autoFocus
								onChange={(e) => setRenaming(e.target.value)}
							/>
							<Button type="submit" size="sm" disabled={busy.renaming}>
								{t.save}
							</Button>
							<Button
								variant="ghost"
								size="sm"
								onClick={() => setRenaming(null)}
							>
								{t.cancel}
							</Button>
						</form>
					) : (
						<h3
							id={`${uid}-title`}
							className="min-w-0 flex-1 truncate text-base font-semibold"
						>
							{section.title}
						</h3>
					)}
					<div className="flex flex-wrap items-center gap-1">
						<MoveButtons
							name={section.title}
							first={index === 0}
							last={index === count - 1}
							onMove={onMove}
							testIdPrefix="section-"
						/>
						{renaming !== null ? null : (
							<Button
								variant="ghost"
								size="sm"
								data-testid="rename-section"
								aria-label={t.renameSectionNamed(section.title)}
								onClick={() => setRenaming(section.title)}
							>
								{t.rename}
							</Button>
						)}
						<QuietDeleteButton
							data-testid="delete-section"
							aria-label={t.deleteSectionNamed(section.title)}
							disabled={busy.deleting}
							onClick={onDelete}
						>
							{t.deleteSection}
						</QuietDeleteButton>
					</div>
				</div>
				{children}
			</section>
		</li>
	);
}
