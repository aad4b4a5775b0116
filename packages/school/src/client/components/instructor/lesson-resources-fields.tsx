"use client";
import { useSchool } from "../../hooks/use-school.js";
import { inputClass } from "../shared/cn.js";
import { Button, RemoveButton } from "../ui/button.js";
import { Field, FieldError } from "../ui/field.js";
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
						return (
							<li
								key={row.id}
								data-testid="resource-row"
								className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-start"
							>
								<Field
									id={`${rid}-label`}
									label={t.resourceLabelLabel(i + 1)}
									labelHidden
									errors={errorsOf("label")}
									className="gap-0"
								>
									{(control) => (
										<input
											{...control}
											data-testid="resource-label"
											className={inputClass}
											placeholder={t.resourceLabelLabel(i + 1)}
											value={row.label}
											onChange={(e) =>
												change((f) =>
													updateResource(f, row.id, { label: e.target.value }),
												)
											}
										/>
									)}
								</Field>
								<Field
									id={`${rid}-url`}
									label={t.resourceUrlLabel(i + 1)}
									labelHidden
									errors={errorsOf("url")}
									className="gap-0"
								>
									{(control) => (
										<input
											{...control}
											data-testid="resource-url"
											type="url"
											className={inputClass}
											placeholder="https://"
											value={row.url}
											onChange={(e) =>
												change((f) =>
													updateResource(f, row.id, { url: e.target.value }),
												)
											}
										/>
									)}
								</Field>
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
