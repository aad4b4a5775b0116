"use client";
import { useSchool } from "../../hooks/use-school.js";
import { Button, RemoveButton } from "../ui/button.js";
import { FieldError } from "../ui/field.js";
import { TextField } from "../ui/text-field.js";
import {
	addResource,
	type LessonFormState,
	removeResource,
	resourceBodyIndex,
	updateResource,
} from "./lesson-form-model.js";

/**
 * A lesson's downloadable resources: rows of label and URL. Errors are keyed by the row's place
 * in the request body (blank rows are not sent), so they are looked up through that place.
 */
export function LessonResourcesFields({
	uid,
	form,
	issues,
	change,
}: {
	uid: string;
	form: LessonFormState;
	issues: Record<string, string[]>;
	change: (fn: (form: LessonFormState) => LessonFormState) => void;
}) {
	const { t } = useSchool();
	return (
		<fieldset className="rounded-lg border border-border p-4">
			<legend className="px-1 font-semibold">{t.resources}</legend>
			<FieldError id={`${uid}-resources`} messages={issues.resources} />
			{form.resources.length === 0 ? (
				<p className="mb-3 text-sm text-muted-foreground">{t.noResources}</p>
			) : (
				<ol className="m-0 mb-3 flex list-none flex-col gap-3 p-0">
					{form.resources.map((row, i) => {
						const at = resourceBodyIndex(form, row.id);
						const errorsOf = (key: "label" | "url") =>
							at >= 0 ? issues[`resources.${at}.${key}`] : undefined;
						const rid = `${uid}-resource-${row.id}`;
						const labelText = t.resourceLabelLabel(i + 1);
						return (
							<li
								key={row.id}
								data-testid="resource-row"
								className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-start"
							>
								{(
									[
										["label", labelText, { placeholder: labelText }],
										[
											"url",
											t.resourceUrlLabel(i + 1),
											{ type: "url", placeholder: "https://" },
										],
									] as const
								).map(([key, label, input]) => (
									<TextField
										key={key}
										id={`${rid}-${key}`}
										label={label}
										labelHidden
										errors={errorsOf(key)}
										className="gap-0"
										testId={`resource-${key}`}
										input={input}
										value={row[key]}
										onChange={(v) =>
											change((f) => updateResource(f, row.id, { [key]: v }))
										}
									/>
								))}
								<RemoveButton
									data-testid="remove-resource"
									label={t.removeResource(i + 1)}
									onClick={() => change((f) => removeResource(f, row.id))}
								/>
							</li>
						);
					})}
				</ol>
			)}
			<Button
				variant="outline"
				size="sm"
				data-testid="add-resource"
				onClick={() => change(addResource)}
			>
				{t.addResource}
			</Button>
		</fieldset>
	);
}
