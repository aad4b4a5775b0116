import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { Button } from "../src/client/components/ui/button";
import { useConfirm } from "../src/client/components/ui/confirm-dialog";
import { Field } from "../src/client/components/ui/field";
import { MarkdownField } from "../src/client/components/ui/markdown-field";
import { Table, TableHead, Th } from "../src/client/components/ui/table";
import { renderWithSchool } from "./helpers/render";

afterEach(cleanup);

/** Asks once per click and shows the last answer. */
function Asker() {
	const [confirm, dialog] = useConfirm();
	const [answer, setAnswer] = useState("none");
	return (
		<>
			<Button
				data-testid="ask"
				onClick={async () =>
					setAnswer(
						String(
							await confirm({
								title: "Delete lesson?",
								body: "Learners' progress on it is lost.",
								confirmLabel: "Delete lesson",
								destructive: true,
							}),
						),
					)
				}
			>
				Ask
			</Button>
			<output data-testid="answer">{answer}</output>
			{dialog}
		</>
	);
}

describe("confirm dialog", () => {
	it("is a labelled modal that starts on Cancel and returns focus", async () => {
		renderWithSchool(<Asker />);
		const ask = screen.getByTestId("ask");
		ask.focus();
		fireEvent.click(ask);
		const dialog = await screen.findByRole("dialog", {
			name: "Delete lesson?",
		});
		expect(dialog.tagName).toBe("DIALOG");
		expect((dialog as HTMLDialogElement).open).toBe(true);
		const body = document.getElementById(
			dialog.getAttribute("aria-describedby") ?? "",
		);
		expect(body?.textContent).toBe("Learners' progress on it is lost.");
		expect(document.activeElement).toBe(screen.getByTestId("confirm-cancel"));

		await act(async () => {
			fireEvent.click(screen.getByRole("button", { name: "Delete lesson" }));
		});
		expect(screen.getByTestId("answer").textContent).toBe("true");
		expect(screen.queryByRole("dialog")).toBeNull();
		expect(document.activeElement).toBe(ask);
	});

	it("says no on Escape and keeps Tab inside", async () => {
		renderWithSchool(<Asker />);
		fireEvent.click(screen.getByTestId("ask"));
		const dialog = await screen.findByRole("dialog");
		const cancel = screen.getByTestId("confirm-cancel");
		const accept = screen.getByTestId("confirm-accept");
		accept.focus();
		fireEvent.keyDown(dialog, { key: "Tab" });
		expect(document.activeElement).toBe(cancel);
		fireEvent.keyDown(dialog, { key: "Tab", shiftKey: true });
		expect(document.activeElement).toBe(accept);

		await act(async () => {
			fireEvent.keyDown(dialog, { key: "Escape" });
		});
		expect(screen.getByTestId("answer").textContent).toBe("false");
		expect(screen.queryByRole("dialog")).toBeNull();
	});
});

describe("Field", () => {
	it("ties the control to its label, hint and error", () => {
		renderWithSchool(
			<Field id="f-slug" label="Slug" hint="Used in the URL" errors={["Taken"]}>
				{(control) => <input {...control} />}
			</Field>,
		);
		const input = screen.getByLabelText("Slug");
		expect(input.getAttribute("aria-invalid")).toBe("true");
		const described = (input.getAttribute("aria-describedby") ?? "")
			.split(" ")
			.map((id) => document.getElementById(id)?.textContent);
		expect(described).toEqual(["Used in the URL", "Taken"]);
	});

	it("is neither invalid nor described by an error without one", () => {
		renderWithSchool(
			<Field id="f-title" label="Title">
				{(control) => <input {...control} />}
			</Field>,
		);
		const input = screen.getByLabelText("Title");
		expect(input.hasAttribute("aria-invalid")).toBe(false);
		expect(input.hasAttribute("aria-describedby")).toBe(false);
		expect(screen.queryByTestId("field-issues")).toBeNull();
	});
});

/** A controlled Markdown field. */
function Harness() {
	const [value, setValue] = useState("");
	return (
		<MarkdownField id="md" label="Body" value={value} onChange={setValue} />
	);
}

describe("MarkdownField", () => {
	it("toggles a rendered preview and keeps the text", () => {
		renderWithSchool(<Harness />);
		fireEvent.change(screen.getByLabelText("Body"), {
			target: { value: "# Hello" },
		});
		const toggle = screen.getByRole("button", { name: "Preview" });
		fireEvent.click(toggle);
		expect(toggle.getAttribute("aria-pressed")).toBe("true");
		expect(
			screen.getByRole("heading", { name: "Hello" }).closest("section")?.id,
		).toBe(toggle.getAttribute("aria-controls"));
		fireEvent.click(toggle);
		expect(screen.queryByTestId("markdown-preview")).toBeNull();
		expect((screen.getByLabelText("Body") as HTMLTextAreaElement).value).toBe(
			"# Hello",
		);
	});
});

describe("Table", () => {
	it("scrolls in a labelled region that the keyboard can reach", () => {
		renderWithSchool(
			<Table label="Your courses">
				<TableHead>
					<Th>Course</Th>
					<Th numeric>Learners</Th>
				</TableHead>
			</Table>,
		);
		const region = screen.getByRole("region", { name: "Your courses" });
		expect(region.tabIndex).toBe(0);
		expect(
			screen.getAllByRole("columnheader").map((th) => th.textContent),
		).toEqual(["Course", "Learners"]);
	});
});
